// Turns one database's sync measurements into budget rows and a Markdown block, and
// keeps the "Sync" section of docs/benchmarks.md: the section sits between markers so
// a run replaces only what it measured (a SQLite-only run keeps the last PostgreSQL
// block). The rest of the file belongs to `npm run bench` and is left as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as prettier from 'prettier';
import type { BudgetRow } from '../report';
import type { DatabaseKind } from './bench-database';
import type { DevicesBenchResult } from './devices-bench';
import type { InitialPullResult } from './initial-pull-bench';
import type { PullBenchResult } from './pull-bench';
import type { PushBenchResult } from './push-bench';
import { describeLatency, ms } from './stats';

export const BUDGETS = {
  pushP99Ms: 200,
  mutationsPerSecond: 500,
  pullP99Ms: 300,
  deviceErrors: 0,
  peakRssBytes: 256 * 1024 * 1024,
  initialPullMs: 5_000,
};

export interface RunContext {
  date: string;
  loadAverage: number[];
  chromiumVersion: string;
  command: string;
  databaseVersion: string;
}

export interface DatabaseResults {
  kind: DatabaseKind;
  context: RunContext;
  push: PushBenchResult;
  pull: PullBenchResult;
  /** devices signed in before, then devices signing in first */
  devices: DevicesBenchResult[];
  initialPull: InitialPullResult;
}

export const DATABASE_LABEL: Record<DatabaseKind, string> = {
  sqlite: 'SQLite (WAL, synchronous=FULL)',
  postgres: 'PostgreSQL',
};

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (valueMs: number): string => `${(valueMs / 1000).toFixed(2)} s`;
const cores = (share: number): string => `${share.toFixed(2)} cores`;
const cpuOfDatabase = (kind: DatabaseKind, cpuMs: number): string =>
  kind === 'postgres' ? ` and its PostgreSQL backend ${ms(cpuMs)}` : '';

export function budgetRows(results: DatabaseResults): BudgetRow[] {
  const { push, pull, devices, initialPull } = results;
  const sustained = push.sustained;
  return [
    {
      what: 'push of 100 mutations, 1 device',
      measured: describeLatency(push.solo),
      budget: `p99 ≤ ${BUDGETS.pushP99Ms} ms`,
      isWithinBudget: push.solo.p99Ms <= BUDGETS.pushP99Ms,
    },
    {
      what: `push of 100 mutations, ${sustained.clients} devices at once`,
      measured: describeLatency(sustained),
      budget: `p99 ≤ ${BUDGETS.pushP99Ms} ms`,
      isWithinBudget: sustained.p99Ms <= BUDGETS.pushP99Ms,
    },
    {
      what: `sustained push, ${sustained.clients} devices, ${sustained.seconds.toFixed(0)} s`,
      measured: `${sustained.mutationsPerSecond.toFixed(0)} mutations/s (${sustained.mutations} applied, ${push.notApplied} not applied)`,
      budget: `≥ ${BUDGETS.mutationsPerSecond}/s`,
      isWithinBudget:
        sustained.mutationsPerSecond >= BUDGETS.mutationsPerSecond && push.notApplied === 0,
    },
    {
      what: `pull of 1,000 changes (${pull.pagesPerPull} pages)`,
      measured: describeLatency(pull.pull),
      budget: `p99 ≤ ${BUDGETS.pullP99Ms} ms`,
      isWithinBudget: pull.pull.p99Ms <= BUDGETS.pullP99Ms,
    },
    ...devices.flatMap((run): BudgetRow[] => {
      const who = `${run.devices} devices ${run.isSigningIn ? 'signing in and syncing' : 'syncing'} at once`;
      return [
        {
          what: `${who}, ${run.rounds} rounds: errors`,
          measured: String(run.errors),
          budget: String(BUDGETS.deviceErrors),
          isWithinBudget: run.errors <= BUDGETS.deviceErrors,
        },
        {
          what: `${who}: server peak RSS (VmHWM)`,
          measured: mb(run.peakRssBytes),
          budget: `≤ ${mb(BUDGETS.peakRssBytes)}`,
          isWithinBudget: run.peakRssBytes <= BUDGETS.peakRssBytes,
        },
      ];
    }),
    {
      what: `initial pull of 10,000 records, ${initialPull.cpuSlowdown}x CPU slowdown`,
      measured: `${seconds(initialPull.totalMs)} (${initialPull.pulls} pulls)`,
      budget: `≤ ${seconds(BUDGETS.initialPullMs)}`,
      isWithinBudget: initialPull.totalMs <= BUDGETS.initialPullMs,
    },
  ];
}

function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memoryGb = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `\`nproc\` ${os.availableParallelism()}, ${cpu}, ${memoryGb} GB RAM, ${os.type()} ${os.release()}`;
}

export function renderDatabaseBlock(results: DatabaseResults): string[] {
  const { context, push, pull, devices, initialPull } = results;
  const rows = budgetRows(results);
  const lines = [
    `### ${DATABASE_LABEL[results.kind]}`,
    '',
    `- date: ${context.date}`,
    `- machine: ${machineLine()}`,
    `- load average (1, 5, 15 min) at start: ${context.loadAverage.map((v) => v.toFixed(2)).join(', ')}`,
    `- database: ${context.databaseVersion}`,
    `- browser: Chromium ${context.chromiumVersion} (headless, playwright-core); Node.js ${process.version}`,
    `- command: \`${context.command}\``,
    '',
    '| what | measured | budget | result |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.measured} | ${r.budget} | ${r.isWithinBudget ? 'ok' : '**over**'} |`,
    ),
    '',
    `- push, 1 device: ${push.solo.count} timed batches after 5 warm-up ones, each costing the server`,
    `  process ${ms(push.soloServerCpuMsPerBatch)} of CPU${cpuOfDatabase(results.kind, push.soloDatabaseCpuMsPerBatch)}; while ${push.sustained.clients} devices pushed together,`,
    `  ${push.sustained.count} batches in ${push.sustained.seconds.toFixed(1)} s, the server process used ${cores(push.sustained.serverCpu)}${results.kind === 'postgres' ? ` and the PostgreSQL backends ${cores(push.sustained.databaseCpu)}` : ''}.`,
    `- pull: each of ${pull.pull.count} samples is a whole catch-up of ${pull.pagesPerPull} pages; one page: ${describeLatency(pull.page)}.`,
    ...devices.flatMap((run) => [
      `- ${run.devices} devices ${run.isSigningIn ? 'signing in first' : 'signed in before'}: rounds took ${run.roundMs.map((v) => seconds(v)).join(', ')};`,
      `  ${run.isSigningIn ? `sign-in ${describeLatency(run.signInMs)}; ` : ''}push ${describeLatency(run.pushMs)};`,
      `  whole pull ${describeLatency(run.pullMs)}; server peak RSS before the devices came ${mb(run.rssAtStartBytes)}.`,
      ...run.errorSamples.map((sample) => `  Error: \`${sample.replace(/`/g, "'")}\``),
    ]),
    `- initial pull (${initialPull.mode === 'app' ? "the app's own sync after the reload" : "the app's sync engine run in the page"}):`,
    `  ${initialPull.recordsInMs === null ? '' : `records in IndexedDB after ${seconds(initialPull.recordsInMs)}, `}status "${initialPull.statusText}" after`,
    `  ${seconds(initialPull.totalMs)}; its ${initialPull.pulls} pull requests waited ${seconds(initialPull.serverWaitMs)} in total for the`,
    "  server's first byte; the rest is the page reading, applying and re-rendering.",
  ];
  if (initialPull.profile.length > 0) {
    const shareOf = (isMatch: (what: string) => boolean): string =>
      `${(initialPull.profile.filter((e) => isMatch(e.what)).reduce((sum, e) => sum + e.share, 0) * 100).toFixed(0)}%`;
    lines.push(
      '',
      `CPU profile of a second initial pull (${initialPull.cpuSlowdown}x slowdown), heaviest self time of the`,
      `page's main thread. IndexedDB calls (${INDEXED_DB_CALLS.join(', ')}) take`,
      `${shareOf((what) => INDEXED_DB_CALLS.includes(what))}, \`(program)\` (native work outside JavaScript, such as`,
      `serialising records for IndexedDB) ${shareOf((what) => what === '(program)')}. Functions are named by built chunk:`,
      'Dexie is bundled into the chunk named after the first module that imports it.',
      '',
      '| function | self | share |',
      '|---|---|---|',
      ...initialPull.profile.map(
        (entry) =>
          `| \`${entry.what.replace(/\|/g, '\\|')}\` | ${ms(entry.selfMs)} | ${(entry.share * 100).toFixed(1)}% |`,
      ),
    );
  }
  return lines;
}

/** Native IndexedDB methods as the profiler names them. */
const INDEXED_DB_CALLS = ['put', 'transaction', 'getAll', 'get', 'count', 'openCursor'];

const SECTION_START = '<!-- sync-benchmarks:start -->';
const SECTION_END = '<!-- sync-benchmarks:end -->';
const blockStart = (kind: DatabaseKind): string => `<!-- sync-benchmarks:${kind}:start -->`;
const blockEnd = (kind: DatabaseKind): string => `<!-- sync-benchmarks:${kind}:end -->`;
const KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

function between(text: string, start: string, end: string): string | null {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return null;
  return text.slice(from + start.length, to).trim();
}

const SECTION_INTRO = [
  '## Sync',
  '',
  'Budgets of the sync design for the township server and the first pull on a phone,',
  'measured by `npm run bench:sync` (add `--pg` or set `DATABASE_URL` to measure PostgreSQL',
  'too). Each run replaces the blocks of the databases it measured.',
  '',
  'How each number is measured:',
  '',
  '- The server runs as `npm start` runs it (`dist-server/main.js`, compiled from',
  '  `src/server/main.ts` by `scripts/build-server.mjs`), as its own process on 127.0.0.1 (a',
  '  real socket), on a fresh database per scenario: SQLite in a temp data directory with the',
  "  server's WAL + `synchronous = FULL`, or a new PostgreSQL database next to the one",
  '  `DATABASE_URL` names (`synchronous_commit` and `fsync` as the cluster has them). The',
  '  clients run in the bench process (fetch), so on a small machine they share its CPUs.',
  '- **Push**: each batch is one new payout list, a `batch.put` and 99 `line.put`, timed from',
  '  the request until the answer is read. First one device alone, then village cadres',
  '  pushing back to back for the stated time; mutations/s counts applied mutations over the',
  '  time until the last answer.',
  '- **Pull**: 1,000 records are pushed to a village, then another device of that village',
  '  pulls from the cookie it had before them, page after page until `hasMore` is false.',
  '- **200 devices**: cadres spread over 20 villages, all started together: each pushes a',
  '  header and 9 lines and pulls until done, then two more rounds of push and pull. Twice,',
  '  each on a fresh server process: devices signed in before (sessions last 30 days), and',
  '  devices that first sign in with their password (scrypt). Each request gets the',
  "  app's 20 s timeout; an error is any failed or refused request or a missing row. Peak",
  '  RSS is `VmHWM` of the server process from `/proc/<pid>/status`, its whole life.',
  '- **Initial pull**: 10,000 records of one village (100 lists of a header and 99 lines)',
  '  are pushed through the API; the built app is open on that village in a fresh browser',
  '  context (service worker blocked); the session is stored in IndexedDB with',
  '  `saveSession`, as a sign-in does; then `Emulation.setCPUThrottlingRate` 4 and a reload',
  '  (the cadre opening the app, which syncs at start). A small init script times it on the',
  "  page's clock: from the start of the first `/api/sync/pull` request (resource timing)",
  '  until the status line first reads exactly "0 条待同步 · 上次同步 HH:mm" (a',
  '  MutationObserver). `lastSyncAt` is written in the transaction of the last page, so the',
  '  records are in IndexedDB by then; their counts are checked afterwards. Should the app',
  "  not sync within 8 s of the reload, the bench runs the app's sync engine",
  '  (`createSyncEngine`, bundled from `src/` by Vite) inside the page instead, and says so.',
  '',
];

export async function updateSyncSection(
  filePath: string,
  measured: DatabaseResults[],
): Promise<void> {
  const current = existsSync(filePath) ? readFileSync(filePath, 'utf8') : '# Benchmarks\n';
  const oldSection = between(current, SECTION_START, SECTION_END) ?? '';
  const blocks = KINDS.flatMap((kind) => {
    const fresh = measured.find((results) => results.kind === kind);
    const body = fresh
      ? renderDatabaseBlock(fresh).join('\n')
      : between(oldSection, blockStart(kind), blockEnd(kind));
    return body ? [blockStart(kind), '', body, '', blockEnd(kind), ''] : [];
  });
  const section = [SECTION_START, '', ...SECTION_INTRO, ...blocks, SECTION_END].join('\n');
  const from = current.indexOf(SECTION_START);
  const to = current.indexOf(SECTION_END);
  const text =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + SECTION_END.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  // Formatted like the rest of the repository, so `npm run format` leaves the file alone.
  const options = (await prettier.resolveConfig(filePath)) ?? {};
  writeFileSync(filePath, await prettier.format(text, { ...options, parser: 'markdown' }));
}
