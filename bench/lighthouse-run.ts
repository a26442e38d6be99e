// Runs Lighthouse once on a URL in Debian's Chromium (started by playwright-core, driven by
// Lighthouse through the DevTools port) and boils the result down to the numbers the
// benchmark reports and the audits worth fixing. Knows nothing of the app or of the docs;
// `bench/lighthouse.ts` picks the page and writes the report.
import { createServer } from 'node:net';
import lighthouse, { generateReport, type Flags, type Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/helpers/launch-browser';

export interface FailingAudit {
  category: 'accessibility' | 'performance';
  id: string;
  title: string;
  /** e.g. "1.2 s" or "3 elements" when Lighthouse gives one */
  displayValue: string;
  /** how much the audit counts in its category's score (0 for diagnostics) */
  weight: number;
  /** Lighthouse's estimate of what fixing it saves on LCP, FCP or TBT, whichever is most */
  savingsMs: number;
  /** CSS selectors of the offending elements (accessibility audits), at most 3 */
  selectors: string[];
}

export interface LighthouseSummary {
  lighthouseVersion: string;
  chromiumVersion: string;
  /**
   * Lighthouse's measure of how fast this machine ran a fixed task (a mid-range desktop is
   * about 1500-2000); under load it drops and the 4x CPU slowdown overshoots a real phone
   */
  benchmarkIndex: number;
  accessibilityScore: number;
  performanceScore: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failing: FailingAudit[];
}

/** A free TCP port for Chromium's DevTools endpoint, which Lighthouse connects to. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function score(lhr: Result, category: 'accessibility' | 'performance'): number {
  const value = lhr.categories[category]?.score;
  if (value === null || value === undefined) {
    throw new Error(`Lighthouse gave no ${category} score (${lhr.runtimeError?.message ?? ''})`);
  }
  return Math.round(value * 100);
}

function numeric(lhr: Result, auditId: string): number {
  const value = lhr.audits[auditId]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse audit ${auditId} has no value`);
  return value;
}

function selectorsOf(audit: Result['audits'][string]): string[] {
  const details = audit.details;
  if (!details || details.type !== 'table') return [];
  const selectors: string[] = [];
  for (const item of details.items) {
    const node = item['node'];
    if (node && typeof node === 'object' && 'selector' in node && node.selector) {
      selectors.push(String(node.selector));
    }
  }
  return [...new Set(selectors)].slice(0, 3);
}

/** bf-cache fails in any automated Chromium (flags turn it off); nothing in the page to fix. */
function isOnlyNotActionable(audit: Result['audits'][string]): boolean {
  const details = audit.details;
  if (!details || details.type !== 'table' || details.items.length === 0) return false;
  return details.items.every((item) => item['failureType'] === 'Not actionable');
}

/** Audits that cost points or that Lighthouse flags, heaviest first. */
function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of ['accessibility', 'performance'] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) continue;
      if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
      // Metrics are reported as numbers above, and the report itself does not show hidden
      // audits (TTI, the raw insights), so neither is worth a line.
      if (ref.group === 'metrics' || ref.group === 'hidden') continue;
      if (isOnlyNotActionable(audit)) continue;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        displayValue: audit.displayValue ?? '',
        weight: ref.weight,
        savingsMs: Math.max(
          0,
          ...Object.values(audit.metricSavings ?? {}).filter(
            (value): value is number => typeof value === 'number' && value > 1,
          ),
        ),
        selectors: selectorsOf(audit),
      });
    }
  }
  // Accessibility first (the target is 100), then what would save the most time.
  return failing.sort(
    (a, b) =>
      Number(b.category === 'accessibility') - Number(a.category === 'accessibility') ||
      b.weight - a.weight ||
      b.savingsMs - a.savingsMs,
  );
}

export async function runLighthouse(
  url: string,
): Promise<{ summary: LighthouseSummary; html: string; json: string }> {
  const port = await freePort();
  // playwright-core starts Debian's Chromium; Lighthouse drives it through the DevTools port.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const flags: Flags = {
      port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: ['accessibility', 'performance'],
      // The default config is the mobile profile: Moto G Power screen, simulated slow 4G and
      // 4x CPU slowdown. Stated here so a change of defaults shows up in review.
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const summary: LighthouseSummary = {
      lighthouseVersion: lhr.lighthouseVersion,
      chromiumVersion: browser.version(),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      accessibilityScore: score(lhr, 'accessibility'),
      performanceScore: score(lhr, 'performance'),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      failing: failingAudits(lhr),
    };
    return { summary, html: generateReport(lhr, 'html'), json: JSON.stringify(lhr) };
  } finally {
    await browser.close();
  }
}
