// Turns measurements into the printed table and into docs/benchmarks.md, so the committed
// numbers always say when, where and how they were measured.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as prettier from 'prettier';

export interface BudgetRow {
  what: string;
  measured: string;
  budget: string;
  isWithinBudget: boolean;
}

export interface BenchReport {
  rows: BudgetRow[];
  /** extra sections (per-file tables) in Markdown */
  details: string[];
  chromiumVersion: string;
  command: string;
  loadAverageAtStart: number;
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export function printTable(rows: BudgetRow[]): void {
  const header = ['what', 'measured', 'budget', 'result'];
  const cells = rows.map((r) => [r.what, r.measured, r.budget, r.isWithinBudget ? 'ok' : 'OVER']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: string[]): string =>
    values.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
}

/**
 * Sections written by other commands (`npm run bench:sync`, `bench:import`, `bench:lighthouse`);
 * a run of `npm run bench` keeps them.
 */
const KEPT_SECTIONS = [
  /<!-- sync-benchmarks:start -->[\s\S]*<!-- sync-benchmarks:end -->/,
  /<!-- import-benchmarks:start -->[\s\S]*<!-- import-benchmarks:end -->/,
  /<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/,
];

function keptSections(filePath: string): string[] {
  if (!existsSync(filePath)) return [];
  const current = readFileSync(filePath, 'utf8');
  return KEPT_SECTIONS.flatMap((pattern) => {
    const section = pattern.exec(current);
    return section ? ['', section[0], ''] : [];
  });
}

export async function writeMarkdown(filePath: string, report: BenchReport): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memoryGb = (os.totalmem() / 1024 ** 3).toFixed(0);
  const table = [
    '| what | measured | budget | result |',
    '|---|---|---|---|',
    ...report.rows.map(
      (r) =>
        `| ${r.what} | ${r.measured} | ${r.budget} | ${r.isWithinBudget ? 'ok' : '**over**'} |`,
    ),
  ];
  const text = [
    '# Benchmarks',
    '',
    'Budgets from the sync design that tests cannot time honestly. Each run of',
    `\`${report.command}\` rewrites this file; commit it with the change that moved the numbers.`,
    '',
    `- date: ${date}`,
    `- machine: \`nproc\` ${os.availableParallelism()}, ${cpu}, ${memoryGb} GB RAM, ${os.type()} ${os.release()}`,
    `- browser: Chromium ${report.chromiumVersion} (headless, playwright-core)`,
    `- Node.js: ${process.version}`,
    // Other work on the machine inflates the timings; the load average shows how busy it was.
    `- load average (1 min) at start: ${report.loadAverageAtStart.toFixed(2)}`,
    `- command: \`${report.command}\``,
    '',
    ...table,
    '',
    'How each number is measured:',
    '',
    '- **First-screen JavaScript**: `/` is loaded in a fresh browser context with the service',
    '  worker blocked (a first visit); every script response requested until the network is idle',
    '  is gzipped with zlib (default level) and summed. Hard cap 300 KB.',
    '- **Precache**: the URLs in the precache manifest of `dist/sw.js`, sizes on disk',
    '  (uncompressed, which is what the Cache Storage holds). Workbox skips files ≥ 2 MiB.',
    '- **Local save p95**: `/village/360735101200` with `Emulation.setCPUThrottlingRate` 4 through',
    '  CDP; each sample is one click on 保存草稿 until the new batch appears in the list on the',
    '  screen and the form says 已保存在本机 (record + outbox entry in one IndexedDB transaction,',
    '  then the re-render), timed inside the page with `performance.now()`.',
    '',
    ...report.details,
    ...keptSections(filePath),
  ];
  // Formatted like the rest of the repository, so `npm run format` leaves the file alone.
  const options = (await prettier.resolveConfig(filePath)) ?? {};
  const markdown = await prettier.format(text.join('\n'), { ...options, parser: 'markdown' });
  writeFileSync(filePath, markdown);
}
