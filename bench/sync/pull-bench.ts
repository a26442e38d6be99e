// Budget: pulling 1,000 changes answers within 300 ms (p99). A cadre's device that was
// in sync before the township received 1,000 new records of its village (ten lists of
// a header and 99 lines) pulls from its old cookie: two pages of at most 500 rows. Each
// sample is the whole catch-up, both pages, through the loopback socket.
import type { TestAccounts } from '../../src/server/auth/test-accounts';
import { MAX_PUSH_MUTATIONS } from '../../src/sync/protocol';
import { HttpDevice, readHealth } from './http-device';
import { summarize, type LatencySummary } from './stats';

export const PULL_CHANGES = 1_000;
const WARM_UP_PULLS = 5;

export interface PullBenchResult {
  pull: LatencySummary;
  page: LatencySummary;
  pagesPerPull: number;
}

export async function measurePull(
  baseUrl: string,
  accounts: TestAccounts,
  samples: number,
): Promise<PullBenchResult> {
  const before = await readHealth(baseUrl);
  const author = new HttpDevice(baseUrl, accounts.cadreA.token, accounts.cadreA.user);
  for (let pushed = 0; pushed < PULL_CHANGES; pushed += MAX_PUSH_MUTATIONS) {
    const timing = await author.push(author.newBatchMutations(MAX_PUSH_MUTATIONS));
    if (timing.notApplied > 0) throw new Error('seeding the pull benchmark was refused');
  }

  // Another device of the village: what it sees since `before` is exactly those changes.
  const reader = new HttpDevice(baseUrl, accounts.cadreA2.token, accounts.cadreA2.user);
  const pullMs: number[] = [];
  const pageMs: number[] = [];
  let pagesPerPull = 0;
  for (let i = 0; i < WARM_UP_PULLS + samples; i += 1) {
    reader.cookie = { epoch: before.epoch, version: before.serverVersion };
    const startedAt = performance.now();
    const { rows, pageMs: pages } = await reader.pullAll();
    const took = performance.now() - startedAt;
    if (rows !== PULL_CHANGES) throw new Error(`pulled ${rows} rows, expected ${PULL_CHANGES}`);
    if (i < WARM_UP_PULLS) continue;
    pullMs.push(took);
    pageMs.push(...pages);
    pagesPerPull = pages.length;
  }
  return { pull: summarize(pullMs), page: summarize(pageMs), pagesPerPull };
}
