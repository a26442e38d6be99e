// A device speaking the wire protocol over real HTTP (fetch on a loopback socket): its
// own clientId, mid counter and pull cookie, the way the phone's engine keeps them. It
// builds realistic payout mutations (one batch header, then its household lines) with
// the fixtures the server tests use. Not a model of the client engine: only the protocol.
import { randomUUID } from 'node:crypto';
import type { User } from '../../src/domain/user';
import { batchArgs, lineArgs } from '../../src/server/sync/test-sync-client';
import {
  PROTOCOL_VERSION,
  type PullCookie,
  type PullResponse,
  type PushMutation,
  type PushResponse,
} from '../../src/sync/protocol';
import { DEFAULT_TIMEOUT_MS } from '../../src/sync/api-client';
import { elapsedMs } from './stats';

/** The app gives up on a request after this long; so does every device here. */
const REQUEST_TIMEOUT_MS = DEFAULT_TIMEOUT_MS;
/** A pull that never says "no more" is a bug; stop instead of looping forever. */
const MAX_PULL_PAGES = 1_000;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 200)}`);
  }
}

export async function postJson<T>(
  url: string,
  payload: unknown,
  token?: string,
): Promise<{ body: T; elapsedMs: number }> {
  const startedAt = process.hrtime.bigint();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  const took = elapsedMs(startedAt);
  if (!response.ok) throw new HttpError(response.status, text);
  return { body: JSON.parse(text) as T, elapsedMs: took };
}

export async function signInOverHttp(
  baseUrl: string,
  username: string,
  password: string,
): Promise<{ token: string; user: User }> {
  const { body } = await postJson<{ token: string; user: User }>(`${baseUrl}/api/auth/login`, {
    username,
    password,
  });
  return body;
}

export interface PushTiming {
  elapsedMs: number;
  applied: number;
  /** mutations the server refused or skipped: a correct device sees none here */
  notApplied: number;
}

export class HttpDevice {
  readonly clientId = randomUUID();
  private nextMid = 1;
  cookie: PullCookie | null = null;

  constructor(
    private readonly baseUrl: string,
    public token: string,
    public user: User,
  ) {}

  /** One new batch of the user's village and `size - 1` lines in it: `size` mutations. */
  newBatchMutations(size: number): PushMutation[] {
    const batch = batchArgs(this.user.regionCode, { authorId: this.user.id });
    const mutations = [this.mutation('batch.put', batch)];
    for (let i = 1; i < size; i += 1) {
      mutations.push(this.mutation('line.put', lineArgs(batch, { name: `户主${i}` })));
    }
    return mutations;
  }

  async push(mutations: PushMutation[]): Promise<PushTiming> {
    const { body, elapsedMs } = await postJson<PushResponse>(
      `${this.baseUrl}/api/sync/push`,
      { protocol: PROTOCOL_VERSION, clientId: this.clientId, mutations },
      this.token,
    );
    const applied = body.results.filter((result) => result.status === 'applied').length;
    return { elapsedMs, applied, notApplied: mutations.length - applied };
  }

  /** Pulls pages until the server has nothing more; returns rows and per-page times. */
  async pullAll(): Promise<{ rows: number; pageMs: number[] }> {
    let rows = 0;
    const pageMs: number[] = [];
    for (let page = 0; page < MAX_PULL_PAGES; page += 1) {
      const { body, elapsedMs } = await postJson<PullResponse>(
        `${this.baseUrl}/api/sync/pull`,
        { protocol: PROTOCOL_VERSION, clientId: this.clientId, cookie: this.cookie },
        this.token,
      );
      pageMs.push(elapsedMs);
      if (body.resetRequired) throw new Error('the server asked for a reset mid-benchmark');
      rows += body.rows.length;
      this.cookie = body.cookie;
      if (!body.hasMore) return { rows, pageMs };
    }
    throw new Error(`pull did not finish within ${MAX_PULL_PAGES} pages`);
  }

  private mutation(name: string, args: unknown): PushMutation {
    return { mid: this.nextMid++, name, args, baseVersion: 0 };
  }
}

export async function readHealth(
  baseUrl: string,
): Promise<{ serverVersion: number; epoch: string }> {
  const response = await fetch(`${baseUrl}/api/health`, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return (await response.json()) as { serverVersion: number; epoch: string };
}
