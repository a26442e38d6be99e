// Budget: a push of 100 mutations answers within 200 ms (p99) and the server takes at
// least 500 mutations/s sustained with fsync on. Each push is one new payout batch (its
// header and 99 household lines), as when a cadre's imported list reaches the township.
// First one device pushes alone (latency without queueing), then several village cadres
// push back to back for a fixed time (throughput, and latency while others wait).
import type { TestAccount, TestAccounts } from '../../src/server/auth/test-accounts';
import { MAX_PUSH_MUTATIONS } from '../../src/sync/protocol';
import { HttpDevice } from './http-device';
import { summarize, type LatencySummary } from './stats';

/** CPU seconds used so far by the server process and by its database's own processes. */
export type CpuSampler = () => { serverSeconds: number; databaseSeconds: number };

export interface PushBenchOptions {
  /** timed batches of the lone device */
  soloBatches: number;
  /** how long the devices push together */
  sustainedSeconds: number;
  sustainedClients: number;
}

export interface PushBenchResult {
  solo: LatencySummary;
  sustained: LatencySummary & {
    mutations: number;
    seconds: number;
    mutationsPerSecond: number;
    clients: number;
    /** CPU seconds per wall second (1 = one core busy) while the devices pushed */
    serverCpu: number;
    databaseCpu: number;
  };
  /** server CPU per batch of the lone device, in ms */
  soloServerCpuMsPerBatch: number;
  soloDatabaseCpuMsPerBatch: number;
  /** mutations answered other than 'applied': must be 0 */
  notApplied: number;
}

const WARM_UP_BATCHES = 5;
/** A bound on the loop even if the clock misbehaves: far above what 2 minutes could push. */
const MAX_SUSTAINED_BATCHES_PER_CLIENT = 20_000;

export async function measurePush(
  baseUrl: string,
  accounts: TestAccounts,
  options: PushBenchOptions,
  sampleCpu: CpuSampler,
): Promise<PushBenchResult> {
  const device = (account: TestAccount): HttpDevice =>
    new HttpDevice(baseUrl, account.token, account.user);
  let notApplied = 0;

  const solo = device(accounts.cadreA);
  const soloMs: number[] = [];
  let soloCpuStart = sampleCpu();
  for (let i = 0; i < WARM_UP_BATCHES + options.soloBatches; i += 1) {
    if (i === WARM_UP_BATCHES) soloCpuStart = sampleCpu();
    const timing = await solo.push(solo.newBatchMutations(MAX_PUSH_MUTATIONS));
    notApplied += timing.notApplied;
    if (i >= WARM_UP_BATCHES) soloMs.push(timing.elapsedMs);
  }
  const soloCpuEnd = sampleCpu();

  // Different village cadres (and two devices of one cadre), as at a township on the
  // last day before the deadline.
  const cadres = [accounts.cadreA, accounts.cadreB, accounts.cadreOther, accounts.cadreA2];
  const clients = Array.from({ length: options.sustainedClients }, (_, i) =>
    device(cadres[i % cadres.length] ?? accounts.cadreA),
  );
  const sustainedMs: number[] = [];
  let mutations = 0;
  const cpuStart = sampleCpu();
  const startedAt = performance.now();
  const deadline = startedAt + options.sustainedSeconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      for (let i = 0; i < MAX_SUSTAINED_BATCHES_PER_CLIENT && performance.now() < deadline; i++) {
        const timing = await client.push(client.newBatchMutations(MAX_PUSH_MUTATIONS));
        sustainedMs.push(timing.elapsedMs);
        mutations += timing.applied;
        notApplied += timing.notApplied;
      }
    }),
  );
  // Until the last answer: the batches in flight at the deadline count, and so does their time.
  const seconds = (performance.now() - startedAt) / 1000;
  const cpuEnd = sampleCpu();
  const perBatchMs = (end: number, start: number): number =>
    ((end - start) * 1000) / Math.max(1, options.soloBatches);
  return {
    solo: summarize(soloMs),
    soloServerCpuMsPerBatch: perBatchMs(soloCpuEnd.serverSeconds, soloCpuStart.serverSeconds),
    soloDatabaseCpuMsPerBatch: perBatchMs(soloCpuEnd.databaseSeconds, soloCpuStart.databaseSeconds),
    sustained: {
      ...summarize(sustainedMs),
      mutations,
      seconds,
      mutationsPerSecond: mutations / seconds,
      clients: clients.length,
      serverCpu: (cpuEnd.serverSeconds - cpuStart.serverSeconds) / seconds,
      databaseCpu: (cpuEnd.databaseSeconds - cpuStart.databaseSeconds) / seconds,
    },
    notApplied,
  };
}
