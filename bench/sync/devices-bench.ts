// Budget: 200 devices syncing at once against one server, with 0 errors and the server
// process staying under 256 MB resident. All devices start together: each pushes a small
// list (a header and 9 lines) and pulls until done; then two more rounds of push and
// incremental pull. Run twice on fresh server processes: devices that signed in earlier
// (the usual case, sessions last 30 days) and devices that first sign in with their
// password (scrypt on the server), the worst morning. A request gets the app's own
// 20 s timeout, so a device the app would report as failed counts as an error. The peak
// resident memory (VmHWM) covers the whole life of the server process.
import type { DeviceUser } from './bench-database';
import { HttpDevice, signInOverHttp } from './http-device';
import type { ServerProcess } from './server-process';
import { summarize, type LatencySummary } from './stats';

const SMALL_BATCH = 10;
export const DEVICE_ROUNDS = 3;

export interface DevicesBenchResult {
  devices: number;
  rounds: number;
  isSigningIn: boolean;
  errors: number;
  /** the first few error messages, for the report */
  errorSamples: string[];
  signInMs: LatencySummary;
  pushMs: LatencySummary;
  /** a whole pull, all pages */
  pullMs: LatencySummary;
  /** wall time of each round, all devices together */
  roundMs: number[];
  peakRssBytes: number;
  rssAtStartBytes: number;
}

export async function measureDevices(
  server: ServerProcess,
  users: DeviceUser[],
  signIn: { password: string } | null,
): Promise<DevicesBenchResult> {
  const rssAtStartBytes = server.memory().peakRssBytes;
  const devices: (HttpDevice | null)[] = users.map((user) =>
    signIn ? null : new HttpDevice(server.url, user.token, user.user),
  );
  const errorSamples: string[] = [];
  let errors = 0;
  const signInMs: number[] = [];
  const pushMs: number[] = [];
  const pullMs: number[] = [];
  const roundMs: number[] = [];

  const syncOne = async (index: number, account: DeviceUser): Promise<void> => {
    try {
      let device = devices[index];
      if (!device) {
        const startedAt = performance.now();
        const session = await signInOverHttp(server.url, account.username, signIn?.password ?? '');
        signInMs.push(performance.now() - startedAt);
        device = new HttpDevice(server.url, session.token, session.user);
        devices[index] = device;
      }
      const pushed = await device.push(device.newBatchMutations(SMALL_BATCH));
      pushMs.push(pushed.elapsedMs);
      if (pushed.notApplied > 0) throw new Error(`${pushed.notApplied} mutations not applied`);
      const startedAt = performance.now();
      const pulled = await device.pullAll();
      pullMs.push(performance.now() - startedAt);
      // Every pull carries at least the list this device has just pushed.
      if (pulled.rows < SMALL_BATCH) throw new Error(`pulled only ${pulled.rows} rows`);
    } catch (error) {
      errors += 1;
      if (errorSamples.length < 5) errorSamples.push(`${account.username}: ${String(error)}`);
    }
  };

  for (let round = 0; round < DEVICE_ROUNDS; round += 1) {
    const startedAt = performance.now();
    await Promise.all(users.map((account, index) => syncOne(index, account)));
    roundMs.push(performance.now() - startedAt);
  }
  return {
    devices: users.length,
    rounds: DEVICE_ROUNDS,
    isSigningIn: signIn !== null,
    errors,
    errorSamples,
    signInMs: summarize(signInMs),
    pushMs: summarize(pushMs),
    pullMs: summarize(pullMs),
    roundMs,
    peakRssBytes: server.memory().peakRssBytes,
    rssAtStartBytes,
  };
}
