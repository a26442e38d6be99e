// One sync round between this device and the township server (SYNC.md "Wire protocol"):
// push the outbox in mid order, then pull pages until the server has nothing more, each
// applied in one local transaction. The promise it keeps: lastSyncAt ("上次同步") moves
// only after the server took every queued change and the device read back its state.
// It does not decide when to run (scheduler.ts) nor how to show it (useSyncStatus.ts).
import {
  applyPullPage,
  rebaseOutbox,
  requestFullResend,
  resetForFullPull,
} from '../data/apply-pull';
import type { AppDatabase } from '../data/app-database';
import { getClientId, getMeta } from '../data/meta';
import { countOutbox, listOutbox } from '../data/outbox';
import { getSession, markSessionExpired, watchSession } from '../data/session-store';
import {
  ApiError,
  createApiClient,
  isApiError,
  isAuthError,
  type ApiClient,
  type FetchLike,
} from './api-client';
import { MAX_PUSH_MUTATIONS, PROTOCOL_VERSION } from './protocol-limits';
import type { PullCookie } from './protocol';
import { firstPushBatch } from './push-batches';

export type SyncOutcome =
  | { status: 'synced'; pushed: number; pulled: number; rejected: number }
  | { status: 'signed-out' }
  | { status: 'session-expired' };

export interface SyncEngineOptions {
  db: AppDatabase;
  /** '' when the app is served by the township server itself */
  baseUrl?: string;
  fetchImpl?: FetchLike;
  now?: () => number;
  timeoutMs?: number;
}

export interface SyncEngine {
  readonly db: AppDatabase;
  /** One push+pull round. Throws ApiError (e.g. 'offline') or a storage error on failure. */
  syncOnce(): Promise<SyncOutcome>;
  /** Whether a round could reach the server now: someone is signed in and not expired. */
  watchSignIn(listener: (isSignedIn: boolean) => void): () => void;
}

/** A server that keeps asking for resets would otherwise keep the phone busy forever. */
const MAX_RESETS_PER_ROUND = 2;
/** Same for a server that keeps sending the client back to an earlier mid. */
const MAX_BACKWARD_RESENDS = 3;

interface PushSummary {
  clientId: string;
  /** mutations the server applied or rejected in this round (not duplicates) */
  pushed: number;
  rejected: number;
  /** the server had these already: their verdict was in an answer this device lost */
  duplicates: number;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db } = options;
  const now = options.now ?? Date.now;

  async function pushOutbox(api: ApiClient): Promise<PushSummary> {
    let clientId = await getClientId(db);
    let fromMid = 1;
    let pushed = 0;
    let rejected = 0;
    let duplicates = 0;
    let hasRebased = false;
    let backwardResends = 0;
    // Read once per round: saves made while pushing go out in the next round, which the
    // scheduler starts right after this one.
    let outbox = await listOutbox(db);
    for (;;) {
      const start = outbox.findIndex((entry) => entry.mid >= fromMid);
      const waiting = start < 0 ? [] : outbox.slice(start, start + MAX_PUSH_MUTATIONS);
      const request = firstPushBatch(clientId, waiting);
      const firstSent = request.mutations[0];
      const lastSent = request.mutations.at(-1);
      if (!firstSent || !lastSent) return { clientId, pushed, rejected, duplicates };

      const outcome = await api.push(request);
      for (const result of outcome.body.results ?? []) {
        if (result.status !== 'duplicate') pushed += 1;
        if (result.status === 'rejected') rejected += 1;
        if (result.status === 'duplicate') duplicates += 1;
      }
      if (outcome.kind === 'ok') {
        fromMid = lastSent.mid + 1;
        continue;
      }

      // 409 mid-gap: the server stopped before a mid it was not expecting.
      const expectedMid = outcome.body.expectedMid;
      const isHeldHere = outbox.some((entry) => entry.mid === expectedMid);
      if (
        isHeldHere &&
        expectedMid !== firstSent.mid &&
        (expectedMid > firstSent.mid || backwardResends++ < MAX_BACKWARD_RESENDS)
      ) {
        // Resend from the mid the server expects. Forward: it held the earlier ones
        // already. Backward: it lost a batch it had answered (e.g. a crash before fsync).
        fromMid = expectedMid;
        continue;
      }
      if (hasRebased) throw new ApiError(409, 'mid-gap', outcome.body);
      // The server wants a mid this device no longer holds. Before the first queued
      // entry it means the server lost changes it had confirmed (restored from an older
      // copy): forget its copies and continue under a new clientId so the queue is not
      // stuck forever. Dropped ones (< expectedMid) are on the server already.
      const hasServerForgotten = expectedMid < (outbox[0]?.mid ?? Infinity);
      if (hasServerForgotten) await resetForFullPull(db);
      clientId = await rebaseOutbox(db, expectedMid);
      outbox = await listOutbox(db);
      hasRebased = true;
      fromMid = 1;
    }
  }

  /** Pull pages until done. 'reset' when the server asks to start again from scratch. */
  async function pullAll(
    api: ApiClient,
    clientId: string,
  ): Promise<{ isReset: true } | { isReset: false; rows: number }> {
    let cookie: PullCookie | null = (await getMeta(db, 'pullCookie')) ?? null;
    let rows = 0;
    for (;;) {
      const response = await api.pull({ protocol: PROTOCOL_VERSION, clientId, cookie });
      if (response.resetRequired) return { isReset: true };
      const isLastPage = !response.hasMore;
      await applyPullPage(
        db,
        { rows: response.rows, lastMid: response.lastMid, cookie: response.cookie },
        isLastPage ? { syncedAt: now() } : {},
      );
      rows += response.rows.length;
      if (isLastPage) return { isReset: false, rows };
      // "More" with an empty page and an unchanged cookie would loop forever.
      const isStuck =
        response.rows.length === 0 &&
        cookie !== null &&
        response.cookie.version <= cookie.version &&
        response.cookie.epoch === cookie.epoch;
      if (isStuck) throw new ApiError(200, 'bad-response', response);
      cookie = response.cookie;
    }
  }

  /**
   * Attachment bytes kept on this device go up before the outbox, so the server never
   * takes a notice whose photo it does not hold. PUT /api/blobs/:sha256 is idempotent, so
   * a retry after a lost answer is harmless. A file the server refuses for what it is
   * (too large, damaged) stays pending but does not stop the rest of the sync; losing the
   * network or the session stops the round as any other request does.
   */
  async function uploadPendingBlobs(api: ApiClient): Promise<void> {
    const pending = await db.blobs.filter((blob) => blob.uploadedAt === null).toArray();
    for (const blob of pending) {
      try {
        await api.putBlob(blob.sha256, blob.data);
      } catch (error) {
        const isFileRefused =
          isApiError(error) && error.status >= 400 && error.status < 500 && !isAuthError(error);
        if (isFileRefused) continue;
        throw error;
      }
      await db.blobs.update(blob.sha256, { uploadedAt: now() });
    }
  }

  async function syncRound(api: ApiClient): Promise<SyncOutcome> {
    let pushed = 0;
    let rejected = 0;
    await uploadPendingBlobs(api);
    for (let resets = 0; ; resets++) {
      const push = await pushOutbox(api);
      pushed += push.pushed;
      rejected += push.rejected;
      // A refused edit stays on screen until the server's copy replaces it, and that copy
      // may be older than our cookie: ask for everything again. Stored before pulling so
      // a failed pull does not forget it. A duplicate may hide such a refusal: its answer
      // was lost, and without the resend the pull would drop the outbox entry and leave
      // the refused edit on screen as if the server had taken it.
      if (push.rejected > 0 || push.duplicates > 0) await requestFullResend(db);
      const pull = await pullAll(api, push.clientId);
      if (!pull.isReset) return { status: 'synced', pushed, pulled: pull.rows, rejected };
      if (resets >= MAX_RESETS_PER_ROUND) throw new ApiError(200, 'server-error');
      // Restored server: drop its old copies (the outbox stays), push the outbox again
      // (mids make repeats harmless) and pull from the beginning.
      await resetForFullPull(db);
    }
  }

  /**
   * syncRound, plus the hand-over of a shared phone: the server ties a clientId to the
   * person who first synced with it and answers 'client-mismatch' to anyone else.
   */
  async function syncRoundForThisUser(api: ApiClient): Promise<SyncOutcome> {
    try {
      return await syncRound(api);
    } catch (error) {
      if (!isApiError(error) || error.code !== 'client-mismatch') throw error;
      // Unsent work of the previous person must not go out under someone else's name:
      // it waits for them (the UI explains, and offers the unsynced-data export).
      if ((await countOutbox(db)) > 0) throw error;
      // Nothing of theirs is left to send: drop their copies, continue as a new client.
      await resetForFullPull(db);
      await rebaseOutbox(db, 1);
      return syncRound(api);
    }
  }

  async function syncOnceUnguarded(): Promise<SyncOutcome> {
    const session = await getSession(db);
    if (!session) return { status: 'signed-out' };
    if (session.state === 'expired') return { status: 'session-expired' };
    const api = createApiClient({
      baseUrl: options.baseUrl ?? '',
      fetchImpl: options.fetchImpl,
      timeoutMs: options.timeoutMs,
      getToken: () => session.token,
    });
    try {
      return await syncRoundForThisUser(api);
    } catch (error) {
      if (!isAuthError(error)) throw error;
      // Keep the outbox and stop: the app asks the user to sign in again, then syncs.
      await markSessionExpired(db, session.token);
      return { status: 'session-expired' };
    }
  }

  let inFlight: Promise<SyncOutcome> | null = null;
  return {
    db,
    syncOnce() {
      // Two callers in one tab share one round instead of pushing the same batch twice.
      inFlight ??= syncOnceUnguarded().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    watchSignIn(listener) {
      return watchSession(db, (session) => listener(session?.state === 'active'));
    },
  };
}
