// Budget: finding a household by name or pinyin among a township's 50,000 lines takes at
// most 50 ms (p95) on a cheap phone, modelled as Chromium at 4x CPU slowdown. Runs the
// app's own search (src/domain/line-search.ts, built with Vite like the app) inside the
// page, over generated lines whose pinyin was computed as a save computes it.
//
//   npm run bench:search            prints the table
//   BENCH_SEARCH_LINES              lines in memory, default 50000
//   BENCH_SEARCH_ROUNDS             timed rounds per query, default 20
// bench/run.ts can call measureLineSearch() with its own browser.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { makeFakeIdNumber } from '../src/domain/fixtures-id';
import { namePinyin } from '../src/domain/pinyin';
import { launchBrowser } from '../test/e2e/helpers/launch-browser';
import { repoRoot } from '../test/e2e/helpers/start-server';
import { printTable, type BudgetRow } from './report';

export const SEARCH_P95_BUDGET_MS = 50;
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 4);
const LINE_COUNT = Number(process.env.BENCH_SEARCH_LINES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 20);
const WARM_UP_ROUNDS = 3;

/** What a cadre or a resident types: parts of names, and pinyin spellings and initials. */
const NAME_QUERIES = ['曾', '国华', '欧阳', '秀英', '李建', '赖'];
const PINYIN_QUERIES = ['zgh', 'cgh', 'zeng', 'l', 'wangj', 'ouyang'];

const SURNAMES = [
  '曾',
  '赖',
  '温',
  '黄',
  '陈',
  '李',
  '王',
  '张',
  '刘',
  '杨',
  '吴',
  '欧阳',
  '单',
  '乐',
  '谢',
  '廖',
  '钟',
  '邱',
  '罗',
  '胡',
  '朱',
  '宋',
  '邓',
  '何',
  '熊',
  '肖',
  '许',
  '上官',
  '司马',
  '郭',
];
const GIVEN = [
  '国华',
  '秀英',
  '建国',
  '春生',
  '桂兰',
  '金',
  '红',
  '明',
  '伟',
  '芳',
  '志强',
  '丽',
  '军',
  '小平',
  '长发',
  '水生',
  '冬梅',
  '海',
  '玉兰',
  '德明',
  '福林',
  '文',
  '荣',
  '宝珍',
  '建华',
  '淑珍',
  '永生',
  '凤英',
  '庆',
  '振兴',
  '家乐',
  '子涵',
  '思远',
  '月娥',
  '根',
  '伯',
  '发',
  '财',
];

export interface LineSearchResult {
  lineCount: number;
  indexBuildMs: number;
  name: { p50Ms: number; p95Ms: number; maxMs: number; samples: number };
  pinyin: { p50Ms: number; p95Ms: number; maxMs: number; samples: number };
  idDigits: { p50Ms: number; p95Ms: number; maxMs: number; samples: number };
}

interface BenchLine {
  name: string;
  namePinyin: string;
  idNumber: string;
  group: string;
}

function percentile(samplesMs: readonly number[], fraction: number): number {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function summarize(samplesMs: readonly number[]) {
  return {
    p50Ms: percentile(samplesMs, 0.5),
    p95Ms: percentile(samplesMs, 0.95),
    maxMs: Math.max(...samplesMs),
    samples: samplesMs.length,
  };
}

/** A township's lines: every name of the pool many times over, pinyin as a save computes it. */
export function generateLines(count: number): BenchLine[] {
  const pinyinOf = new Map<string, string>();
  const lines: BenchLine[] = [];
  for (let i = 0; i < count; i++) {
    const surname = SURNAMES[i % SURNAMES.length] ?? '';
    const given = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? '';
    const name = surname + given;
    let pinyin = pinyinOf.get(name);
    if (pinyin === undefined) {
      pinyin = namePinyin(name);
      pinyinOf.set(name, pinyin);
    }
    const year = 1940 + (i % 60);
    const birth = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    lines.push({
      name,
      namePinyin: pinyin,
      idNumber: makeFakeIdNumber('360735', birth, i % 1000),
      group: `第${(i % 12) + 1}组`,
    });
  }
  return lines;
}

/** The search module as one classic script exposing window.cunwuLineSearch. */
interface PageTimings {
  indexBuildMs: number;
  name: number[];
  pinyin: number[];
  ids: number[];
}

// Runs in the page. Plain JavaScript in a string: tsx would wrap named inner functions of
// a compiled callback in a __name() helper the page does not have.
const PAGE_MEASURE = `({ nameQueries, pinyinQueries, rounds, warmUp }) => {
  const api = window.cunwuLineSearch;
  const data = window.benchLines;
  const builtAt = performance.now();
  const index = api.buildLineSearchIndex(data);
  const indexBuildMs = performance.now() - builtAt;
  const idQueries = data.slice(0, 6).map((l) => l.idNumber.slice(-4));
  const time = (queries) => {
    const samples = [];
    for (let round = 0; round < warmUp + rounds; round++) {
      for (const query of queries) {
        const startedAt = performance.now();
        const found = api.searchLines(index, query);
        const elapsed = performance.now() - startedAt;
        if (found.length === 0) throw new Error(query + ' found nothing');
        if (round >= warmUp) samples.push(elapsed);
      }
    }
    return samples;
  };
  return { indexBuildMs, name: time(nameQueries), pinyin: time(pinyinQueries), ids: time(idQueries) };
}`;

async function buildSearchBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    root: repoRoot,
    publicDir: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      emptyOutDir: false,
      lib: {
        entry: path.join(repoRoot, 'src/domain/line-search.ts'),
        formats: ['iife'],
        name: 'cunwuLineSearch',
      },
    },
  });
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!('output' in result)) continue;
    for (const item of result.output) if (item.type === 'chunk' && item.isEntry) return item.code;
  }
  throw new Error('the search bundle produced no entry chunk');
}

export async function measureLineSearch(
  browser: Browser,
  lineCount: number = LINE_COUNT,
): Promise<LineSearchResult> {
  const [bundle, lines] = await Promise.all([buildSearchBundle(), generateLines(lineCount)]);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    await page.addScriptTag({ content: bundle });
    await page.evaluate((data) => {
      (window as unknown as { benchLines: unknown }).benchLines = data;
    }, lines);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const raw = await page.evaluate<PageTimings>(
      `(${PAGE_MEASURE})(${JSON.stringify({
        nameQueries: NAME_QUERIES,
        pinyinQueries: PINYIN_QUERIES,
        rounds: ROUNDS,
        warmUp: WARM_UP_ROUNDS,
      })})`,
    );
    return {
      lineCount,
      indexBuildMs: raw.indexBuildMs,
      name: summarize(raw.name),
      pinyin: summarize(raw.pinyin),
      idDigits: summarize(raw.ids),
    };
  } finally {
    await context.close();
  }
}

/** Rows for the budget table (bench/run.ts adds them to its own). */
export function lineSearchRows(result: LineSearchResult): BudgetRow[] {
  const describe = (s: LineSearchResult['name']) =>
    `${s.p95Ms.toFixed(1)} ms (p50 ${s.p50Ms.toFixed(1)}, max ${s.maxMs.toFixed(1)}, n=${s.samples})`;
  const over = `${result.lineCount.toLocaleString('en')} lines, ${CPU_SLOWDOWN}x CPU`;
  return [
    {
      what: `name search p95, ${over}`,
      measured: describe(result.name),
      budget: `≤ ${SEARCH_P95_BUDGET_MS} ms`,
      isWithinBudget: result.name.p95Ms <= SEARCH_P95_BUDGET_MS,
    },
    {
      what: `pinyin search p95, ${over}`,
      measured: describe(result.pinyin),
      budget: `≤ ${SEARCH_P95_BUDGET_MS} ms`,
      isWithinBudget: result.pinyin.p95Ms <= SEARCH_P95_BUDGET_MS,
    },
  ];
}

async function main(): Promise<void> {
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  const browser = await launchBrowser();
  try {
    const result = await measureLineSearch(browser);
    printTable(lineSearchRows(result));
    console.log(
      `\nIndex build once per change of the lines: ${result.indexBuildMs.toFixed(1)} ms; ` +
        `last-ID-digits search p95: ${result.idDigits.p95Ms.toFixed(1)} ms`,
    );
    console.log(`Load average (1 min) at start: ${loadAverageAtStart.toFixed(2)}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
