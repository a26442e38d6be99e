// `npm run bench:lighthouse`: Lighthouse (mobile profile, its default simulated throttling) on
// the public village page of the demo village 小松村, against the built app and the real
// server with the demo seed. Prints the accessibility and performance scores, LCP, TBT and CLS
// and the failing audits, and replaces only the Lighthouse section of docs/benchmarks.md.
// Scores under target are reported, not fatal: the run exits non-zero only when Lighthouse
// itself cannot measure the page.
//
//   --no-docs         print only; leave docs/benchmarks.md alone (numbers taken under load)
//   LIGHTHOUSE_RUNS   runs, default 3; the run with the median performance score is reported,
//                     as Lighthouse advises, because one run on a busy machine can be far off
//   The full report goes to reports/lighthouse-public.html and .json (not committed).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, startServer } from '../test/e2e/helpers/start-server';
import { runLighthouse, type FailingAudit, type LighthouseSummary } from './lighthouse-run';
import * as prettier from 'prettier';
import { printTable, type BudgetRow } from './report';

/** 小松村委会, the first of DEMO_VILLAGES in src/server/seed/demo-seed.ts */
const VILLAGE_CODE = '360735101200';
const PAGE_PATH = `/v/${VILLAGE_CODE}`;
const TARGET_ACCESSIBILITY = 100;
const TARGET_PERFORMANCE = 90;
const TARGET_LCP_MS = 2500;
// Not targets of the issue: Lighthouse's "good" thresholds, so a bad value is not shown as ok.
const TARGET_TBT_MS = 200;
const TARGET_CLS = 0.1;
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';
const isWritingDocs = !process.argv.includes('--no-docs');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

function budgetRows(summary: LighthouseSummary): BudgetRow[] {
  return [
    {
      what: 'accessibility score',
      measured: String(summary.accessibilityScore),
      budget: String(TARGET_ACCESSIBILITY),
      isWithinBudget: summary.accessibilityScore >= TARGET_ACCESSIBILITY,
    },
    {
      what: 'performance score',
      measured: String(summary.performanceScore),
      budget: `≥ ${TARGET_PERFORMANCE}`,
      isWithinBudget: summary.performanceScore >= TARGET_PERFORMANCE,
    },
    {
      what: 'Largest Contentful Paint',
      measured: `${(summary.lcpMs / 1000).toFixed(2)} s`,
      budget: `≤ ${(TARGET_LCP_MS / 1000).toFixed(1)} s`,
      isWithinBudget: summary.lcpMs <= TARGET_LCP_MS,
    },
    {
      what: 'Total Blocking Time',
      measured: `${Math.round(summary.tbtMs)} ms`,
      budget: `≤ ${TARGET_TBT_MS} ms (good)`,
      isWithinBudget: summary.tbtMs <= TARGET_TBT_MS,
    },
    {
      what: 'Cumulative Layout Shift',
      measured: summary.cls.toFixed(3),
      budget: `≤ ${TARGET_CLS} (good)`,
      isWithinBudget: summary.cls <= TARGET_CLS,
    },
  ];
}

const auditLine = (audit: FailingAudit): string => {
  const value = audit.displayValue ? ` (${audit.displayValue})` : '';
  const where = audit.selectors.length > 0 ? ` at \`${audit.selectors.join('`, `')}\`` : '';
  return `${audit.category} \`${audit.id}\`: ${audit.title}${value}${where}`;
};

const runsLine = (runs: LighthouseSummary[]): string =>
  runs
    .map(
      (r) =>
        `accessibility ${r.accessibilityScore}, performance ${r.performanceScore}, LCP ${(r.lcpMs / 1000).toFixed(2)} s, benchmarkIndex ${r.benchmarkIndex}`,
    )
    .join('; ');

/** Replace (or add) the Lighthouse section of docs/benchmarks.md, leaving the rest alone. */
async function writeSection(
  rows: BudgetRow[],
  summary: LighthouseSummary,
  allRuns: LighthouseSummary[],
  loadAverage: number,
): Promise<void> {
  const file = path.join(repoRoot, 'docs', 'benchmarks.md');
  const failing =
    summary.failing.length === 0
      ? ['No failing audits.']
      : [
          'Failing audits, accessibility first, then by estimated savings:',
          '',
          ...summary.failing.map((a) => `- ${auditLine(a)}`),
        ];
  const section = [
    START,
    '',
    '## Public page (Lighthouse, mobile)',
    '',
    `Measured by \`npm run bench:lighthouse\` on ${new Date().toISOString().slice(0, 10)}, load average (1 min) at start ${loadAverage.toFixed(2)}.`,
    `Lighthouse ${summary.lighthouseVersion} (Node.js ${process.version}) on \`${PAGE_PATH}\` (小松村, demo seed) in`,
    `Chromium ${summary.chromiumVersion}, headless: mobile profile (412×823 screen, simulated slow 4G`,
    'and 4x CPU slowdown), first visit with empty storage. The simulated timings are computed from',
    "the page's real CPU work, so a busy machine makes them worse than a phone would see",
    "(Lighthouse's benchmarkIndex, about 1500-2000 on an idle mid-range desktop, shows how busy).",
    `The run with the median performance score of ${allRuns.length} is shown; all runs: ${runsLine(allRuns)}.`,
    '',
    '| what | measured | target | result |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.measured} | ${r.budget} | ${r.isWithinBudget ? 'ok' : '**missed**'} |`,
    ),
    '',
    ...failing,
    '',
    END,
  ].join('\n');
  const current = readFileSync(file, 'utf8');
  const pattern = new RegExp(`${START}[\\s\\S]*${END}`);
  const text = pattern.test(current)
    ? current.replace(pattern, () => section)
    : `${current.trimEnd()}\n\n${section}\n`;
  // Formatted like the rest of the repository, so `npm run format` leaves the file alone.
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, parser: 'markdown' }));
}

async function main(): Promise<void> {
  const loadAverage = os.loadavg()[0] ?? 0;
  const server = await startServer({ distDir: path.join(repoRoot, 'dist') });
  try {
    const runs: Awaited<ReturnType<typeof runLighthouse>>[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      console.log(`Lighthouse run ${run} of ${RUNS} …`);
      runs.push(await runLighthouse(`${server.url}${PAGE_PATH}`));
    }
    runs.sort((a, b) => a.summary.performanceScore - b.summary.performanceScore);
    const median = runs[Math.floor((runs.length - 1) / 2)];
    if (!median) throw new Error('no Lighthouse run');
    const { summary, html, json } = median;
    const allRuns = runs.map((r) => r.summary);
    const rows = budgetRows(summary);
    printTable(rows);
    console.log(`\nAll runs: ${runsLine(allRuns)}`);
    console.log(`Load average (1 min) at start: ${loadAverage.toFixed(2)}`);
    console.log(summary.failing.length === 0 ? '\nNo failing audits.' : '\nFailing audits:');
    for (const audit of summary.failing) console.log(`- ${auditLine(audit)}`);
    mkdirSync(path.join(repoRoot, 'reports'), { recursive: true });
    writeFileSync(path.join(repoRoot, 'reports', 'lighthouse-public.html'), html);
    writeFileSync(path.join(repoRoot, 'reports', 'lighthouse-public.json'), json);
    console.log('Full report: reports/lighthouse-public.html (and .json)');
    if (isWritingDocs) {
      await writeSection(rows, summary, allRuns, loadAverage);
      console.log('Updated the Lighthouse section of docs/benchmarks.md');
    }
  } finally {
    await server.stop();
  }
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.join(repoRoot, 'bench', 'lighthouse.ts')
) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
