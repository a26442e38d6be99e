// Bundled (bench/sync/page-bundle.ts) and injected into the built app's page, on the
// app's own origin, for the initial-pull benchmark: when the app does not start syncing
// by itself, this runs the app's real sync engine (src/sync) on the app's real
// database (src/data, IndexedDB "cunwu") inside the page, next to the running app whose
// screens and sync status react to what it writes. It also stores the session exactly
// as a sign-in does (saveSession).
import { openDatabase } from '../../src/data/database';
import { saveSession } from '../../src/data/session-store';
import type { User } from '../../src/domain/user';
import { createSyncEngine } from '../../src/sync/sync-engine';

export interface PageRequestTiming {
  url: string;
  startedAt: number;
  /** when fetch resolved: the server answered (headers); the body is read afterwards */
  answeredAt: number;
}

export interface PageSyncTiming {
  outcome: string;
  /** performance.now() when the first pull request was sent */
  firstPullAt: number;
  /** when syncOnce resolved: the last page's transaction has committed */
  syncedAt: number;
  /** when the status line first showed the expected text (0 pending, a sync time) */
  statusAt: number | null;
  statusText: string;
  requests: PageRequestTiming[];
}

export interface PageRecordCounts {
  batches: number;
  lines: number;
  regions: number;
  outbox: number;
}

export interface PageSyncApi {
  saveSession(session: { token: string; user: User }): Promise<void>;
  runInitialPull(statusPattern: string, statusTimeoutMs: number): Promise<PageSyncTiming>;
  countRecords(): Promise<PageRecordCounts>;
  statusText(): string;
}

declare global {
  interface Window {
    cunwuBenchSync?: PageSyncApi;
  }
}

const readStatus = (): string =>
  document.querySelector('[role="status"].sync-status')?.textContent?.trim() ?? '';

/** Resolves with the time the status first matches, or null after the timeout. */
function watchStatus(pattern: RegExp, until: Promise<unknown>, timeoutMs: number) {
  return new Promise<number | null>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (at: number | null): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    };
    const observer = new MutationObserver(() => {
      if (pattern.test(readStatus())) finish(performance.now());
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    if (pattern.test(readStatus())) finish(performance.now());
    // The wait for the status starts counting once the records are in.
    void until.finally(() => {
      timer = setTimeout(() => finish(null), timeoutMs);
    });
  });
}

const api: PageSyncApi = {
  async saveSession(session) {
    const db = openDatabase();
    await saveSession(db, session);
    db.close();
  },

  async runInitialPull(statusPattern, statusTimeoutMs) {
    const db = openDatabase();
    const requests: PageRequestTiming[] = [];
    const engine = createSyncEngine({
      db,
      fetchImpl: async (input, init) => {
        const startedAt = performance.now();
        const response = await fetch(input, init);
        requests.push({ url: input, startedAt, answeredAt: performance.now() });
        return response;
      },
    });
    const round = engine.syncOnce();
    const statusAt = watchStatus(new RegExp(statusPattern), round, statusTimeoutMs);
    const outcome = await round;
    const syncedAt = performance.now();
    const firstPull = requests.find((request) => request.url.endsWith('/api/sync/pull'));
    return {
      outcome: outcome.status,
      firstPullAt: firstPull?.startedAt ?? Number.NaN,
      syncedAt,
      statusAt: await statusAt,
      statusText: readStatus(),
      requests,
    };
  },

  async countRecords() {
    const db = openDatabase();
    try {
      const [batches, lines, regions, outbox] = await Promise.all([
        db.batches.count(),
        db.lines.count(),
        db.regions.count(),
        db.outbox.count(),
      ]);
      return { batches, lines, regions, outbox };
    } finally {
      db.close();
    }
  },

  statusText: readStatus,
};

window.cunwuBenchSync = api;
