// `npm run bench`: measures the budgets of the sync design against the built app and the real
// server in Debian's Chromium, prints a table and rewrites docs/benchmarks.md. Exits non-zero
// when a hard cap is broken (budgets over target are reported, not fatal).
//
//   --no-docs          print only; leave docs/benchmarks.md alone (numbers taken under load)
//   BENCH_SAVES        timed saves, default 100
//   BENCH_PROFILE=1    also print where the page's CPU time goes during the timed saves
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../test/e2e/helpers/launch-browser';
import { repoRoot, startServer } from '../test/e2e/helpers/start-server';
import { measureFirstScreenJs } from './first-screen-js';
import { lineSearchRows, measureLineSearch } from './line-search';
import { CPU_SLOWDOWN, measureLocalSave } from './local-save';
import { measurePrecache } from './precache-size';
import { kib, mib, printTable, writeMarkdown, type BudgetRow } from './report';

const KB = 1024;
const FIRST_SCREEN_BUDGET = 170 * KB;
const FIRST_SCREEN_HARD_CAP = 300 * KB;
const PRECACHE_BUDGET = 1.5 * 1024 * KB;
const PRECACHE_FILE_LIMIT = 2 * 1024 * KB;
const SAVE_P95_BUDGET_MS = 50;
const SAVE_SAMPLES = Number(process.env.BENCH_SAVES ?? 100);
const isWritingDocs = !process.argv.includes('--no-docs');

async function main(): Promise<void> {
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  const distDir = path.join(repoRoot, 'dist');
  const server = await startServer({ distDir });
  const browser = await launchBrowser();
  try {
    const firstScreen = await measureFirstScreenJs(browser, server.url);
    const precache = measurePrecache(distDir);
    const save = await measureLocalSave(browser, server.url, SAVE_SAMPLES);
    const search = await measureLineSearch(browser);

    const rows: BudgetRow[] = [
      {
        what: 'first-screen JavaScript (gzip)',
        measured: `${kib(firstScreen.totalGzipBytes)} in ${firstScreen.scripts.length} files`,
        budget: `≤ ${kib(FIRST_SCREEN_BUDGET)} (cap ${kib(FIRST_SCREEN_HARD_CAP)})`,
        isWithinBudget: firstScreen.totalGzipBytes <= FIRST_SCREEN_BUDGET,
      },
      {
        what: 'third-party requests on /',
        measured: String(firstScreen.thirdPartyRequests.length),
        budget: '0',
        isWithinBudget: firstScreen.thirdPartyRequests.length === 0,
      },
      {
        what: 'precache total, downloaded (gzip)',
        measured: `${mib(precache.totalTransferBytes)} in ${precache.files.length} files (${mib(precache.totalBytes)} on disk)`,
        budget: `≤ ${mib(PRECACHE_BUDGET)}`,
        isWithinBudget: precache.totalTransferBytes <= PRECACHE_BUDGET,
      },
      {
        what: 'largest precached file',
        measured: precache.largestFile
          ? `${kib(precache.largestFile.bytes)} (${precache.largestFile.url})`
          : '-',
        budget: '< 2 MiB',
        isWithinBudget: (precache.largestFile?.bytes ?? 0) < PRECACHE_FILE_LIMIT,
      },
      {
        what: `local save p95, ${CPU_SLOWDOWN}x CPU slowdown`,
        measured: `${save.p95Ms.toFixed(1)} ms (p50 ${save.p50Ms.toFixed(1)}, max ${save.maxMs.toFixed(1)}, n=${save.samplesMs.length})`,
        budget: `≤ ${SAVE_P95_BUDGET_MS} ms`,
        isWithinBudget: save.p95Ms <= SAVE_P95_BUDGET_MS,
      },
      ...lineSearchRows(search),
    ];

    printTable(rows);
    const parts = save.partsP50Ms;
    console.log(
      `\nLocal save p50 from the click: handler ${parts.clickMs.toFixed(1)} ms, ` +
        `"saved" shown ${parts.savedMs.toFixed(1)} ms, in the list ${parts.listedMs.toFixed(1)} ms`,
    );
    if (save.profile.length > 0) {
      console.log('\nLocal save, heaviest self time of the page (timed saves only):');
      for (const entry of save.profile) {
        const share = (entry.share * 100).toFixed(1);
        console.log(
          `  ${entry.selfMs.toFixed(1).padStart(8)} ms ${share.padStart(5)}%  ${entry.what}`,
        );
      }
    }
    const mean = (values: number[]): string =>
      (values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length)).toFixed(1);
    const details = [
      '## Local save over the run',
      '',
      `The village's list grows by one batch per save (${save.samplesMs.length} timed saves after`,
      'warm-up), and each save re-renders it, so the later saves show what a long list costs:',
      '',
      '| saves | mean |',
      '|---|---|',
      `| first 10 | ${mean(save.samplesMs.slice(0, 10))} ms |`,
      `| last 10 | ${mean(save.samplesMs.slice(-10))} ms |`,
      '',
      '## First-screen scripts',
      '',
      '| file | raw | gzip |',
      '|---|---|---|',
      ...firstScreen.scripts.map(
        (s) => `| \`${s.path}\` | ${kib(s.rawBytes)} | ${kib(s.gzipBytes)} |`,
      ),
      '',
      '## Largest precached files',
      '',
      '| file | on disk | downloaded (gzip) |',
      '|---|---|---|',
      ...[...precache.files]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 10)
        .map((f) => `| \`${f.url}\` | ${kib(f.bytes)} | ${kib(f.transferBytes)} |`),
      '',
    ];
    console.log(`\nLoad average (1 min) at start: ${loadAverageAtStart.toFixed(2)}`);
    if (isWritingDocs) {
      await writeMarkdown(path.join(repoRoot, 'docs', 'benchmarks.md'), {
        rows,
        details,
        chromiumVersion: browser.version(),
        command: 'npm run bench',
        loadAverageAtStart,
      });
      console.log('Wrote docs/benchmarks.md');
    }

    const brokenCaps: string[] = [];
    if (firstScreen.totalGzipBytes > FIRST_SCREEN_HARD_CAP) brokenCaps.push('first-screen JS');
    if (firstScreen.thirdPartyRequests.length > 0) brokenCaps.push('third-party requests');
    if ((precache.largestFile?.bytes ?? 0) >= PRECACHE_FILE_LIMIT) brokenCaps.push('precache file');
    if (brokenCaps.length > 0) {
      console.error(`Hard limits broken: ${brokenCaps.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
