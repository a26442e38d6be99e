// An in-memory stand-in for the township server's sync endpoints, following SYNC.md's
// wire protocol closely enough to script failures the real server cannot produce on
// demand: answers lost after commit, lost commits, epoch changes, expired tokens.
// Only tests import it; the real server is exercised in test/integration.
import type { FetchLike } from '../api-client';
import type {
  PullCookie,
  PullRequest,
  PullRow,
  PushMutation,
  PushRequest,
  PushResult,
  SyncedTable,
} from '../protocol';

interface StoredRow {
  table: SyncedTable;
  key: string;
  version: number;
  deleted?: true;
  value?: Record<string, unknown>;
}

export interface FakeServerState {
  epoch: string;
  version: number;
  lastMids: Map<string, number>;
  rows: Map<string, StoredRow>;
}

type Route = 'push' | 'pull';
type Verdict = { status: 'applied' } | { status: 'rejected'; reason: PushResult['reason'] };

export class FakeSyncServer {
  state: FakeServerState = { epoch: 'epoch-1', version: 0, lastMids: new Map(), rows: new Map() };
  readonly validTokens = new Set(['tok-1']);
  /** every request body, in order */
  readonly requests: { route: Route; body: PushRequest | PullRequest }[] = [];
  /** how many times each `${clientId}:${mid}` was applied: must never exceed 1 */
  readonly applyCounts = new Map<string, number>();
  pageSize = 500;
  /** clientIds that belong to someone else: push and pull answer 403 client-mismatch */
  readonly foreignClients = new Set<string>();
  /** decides each mutation; the default applies it */
  judge: (mutation: PushMutation) => Verdict = () => ({ status: 'applied' });
  private readonly scripted: {
    route: Route;
    action: 'drop-after-commit' | 'offline' | ((state: FakeServerState) => void);
  }[] = [];

  /** The next `route` request is committed but its answer never arrives. */
  dropAnswerAfterCommit(route: Route): void {
    this.scripted.push({ route, action: 'drop-after-commit' });
  }

  /** The next `route` request never reaches the server. */
  failBeforeCommit(route: Route): void {
    this.scripted.push({ route, action: 'offline' });
  }

  /** Run `change` just before the next `route` request is handled. */
  before(route: Route, change: (state: FakeServerState) => void): void {
    this.scripted.push({ route, action: change });
  }

  pushes(): PushRequest[] {
    return this.requests.filter((r) => r.route === 'push').map((r) => r.body as PushRequest);
  }

  pulls(): PullRequest[] {
    return this.requests.filter((r) => r.route === 'pull').map((r) => r.body as PullRequest);
  }

  /** counts above 1 mean a mutation was applied twice: must stay empty */
  appliedMoreThanOnce(): number[] {
    return [...this.applyCounts.values()].filter((n) => n > 1);
  }

  snapshot(): FakeServerState {
    return {
      ...this.state,
      lastMids: new Map(this.state.lastMids),
      rows: new Map(this.state.rows),
    };
  }

  liveRows(table: SyncedTable): Record<string, unknown>[] {
    return [...this.state.rows.values()]
      .filter((r) => r.table === table && !r.deleted)
      .map((r) => r.value ?? {});
  }

  readonly fetchImpl: FetchLike = async (url, init) => {
    const route: Route = url.endsWith('/push') ? 'push' : 'pull';
    const body = JSON.parse(String(init.body)) as PushRequest & PullRequest;
    const scriptIndex = this.scripted.findIndex((s) => s.route === route);
    const script = scriptIndex >= 0 ? this.scripted.splice(scriptIndex, 1)[0] : undefined;
    if (script?.action === 'offline') throw new TypeError('Failed to fetch');
    if (typeof script?.action === 'function') script.action(this.state);
    this.requests.push({ route, body });
    const token = String((init.headers as Record<string, string>).authorization ?? '').replace(
      /^Bearer /,
      '',
    );
    if (!this.validTokens.has(token)) return json(401, { error: 'session-expired' });
    if (this.foreignClients.has(body.clientId)) return json(403, { error: 'client-mismatch' });
    const [status, answer] = route === 'push' ? this.push(body) : this.pull(body);
    if (script?.action === 'drop-after-commit') throw new TypeError('Failed to fetch');
    return json(status, answer);
  };

  private push(request: PushRequest): [number, unknown] {
    let lastMid = this.state.lastMids.get(request.clientId) ?? 0;
    const results: PushResult[] = [];
    for (const mutation of request.mutations) {
      if (mutation.mid <= lastMid) {
        results.push({ mid: mutation.mid, status: 'duplicate' });
        continue;
      }
      if (mutation.mid > lastMid + 1) {
        this.state.lastMids.set(request.clientId, lastMid);
        return [409, { error: 'mid-gap', expectedMid: lastMid + 1, lastMid, results }];
      }
      const countKey = `${request.clientId}:${mutation.mid}`;
      this.applyCounts.set(countKey, (this.applyCounts.get(countKey) ?? 0) + 1);
      const verdict = this.judge(mutation);
      if (verdict.status === 'applied') this.write(mutation);
      else this.writeConflict(request.clientId, mutation, verdict.reason);
      results.push({ mid: mutation.mid, ...verdict });
      lastMid = mutation.mid;
    }
    this.state.lastMids.set(request.clientId, lastMid);
    return [200, { lastMid, results }];
  }

  private write(mutation: PushMutation): void {
    const args = mutation.args as { id: string };
    const table: SyncedTable = mutation.name.startsWith('notice.')
      ? 'notices'
      : mutation.name.startsWith('line.')
        ? 'lines'
        : 'batches';
    const version = ++this.state.version;
    const isDelete = mutation.name.endsWith('.delete');
    this.state.rows.set(`${table}:${args.id}`, {
      table,
      key: args.id,
      version,
      ...(isDelete
        ? { deleted: true as const }
        : { value: { ...args, version, createdAt: 1, updatedAt: 1 } }),
    });
  }

  private writeConflict(
    clientId: string,
    mutation: PushMutation,
    reason: PushResult['reason'],
  ): void {
    const version = ++this.state.version;
    const id = `0190b3c4-0000-7000-8000-${String(version).padStart(12, '0')}`;
    this.state.rows.set(`conflicts:${id}`, {
      table: 'conflicts',
      key: id,
      version,
      value: {
        id,
        clientId,
        mid: mutation.mid,
        name: mutation.name,
        args: mutation.args,
        reason,
        userId: 'u',
        villageCode: null,
        createdAt: version,
      },
    });
  }

  private pull(request: PullRequest): [number, unknown] {
    const cookie: PullCookie | null = request.cookie;
    if (cookie && (cookie.epoch !== this.state.epoch || cookie.version > this.state.version)) {
      return [200, { resetRequired: true, epoch: this.state.epoch }];
    }
    const from = cookie?.version ?? 0;
    const changed = [...this.state.rows.values()]
      .filter((r) => r.version > from)
      .sort((a, b) => a.version - b.version);
    const page = changed.slice(0, this.pageSize);
    const hasMore = changed.length > page.length;
    const rows: PullRow[] = page.map((r) => ({ ...r }));
    const version = hasMore ? (page.at(-1)?.version ?? from) : this.state.version;
    return [
      200,
      {
        rows,
        hasMore,
        lastMid: this.state.lastMids.get(request.clientId) ?? 0,
        cookie: { epoch: this.state.epoch, version },
      },
    ];
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
