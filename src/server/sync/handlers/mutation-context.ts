// What a mutation handler gets and how it says no. A handler checks its rules (scope,
// role, state machine, lock, stale base version) and either writes its rows or throws a
// Refusal with a typed code; push.ts then keeps the payload as a conflict. Handlers never
// commit, never touch mutation_log and never answer HTTP.
//
// Two kinds of handler (chosen in mutation-handlers.ts), same context:
//   - staged (the hot path: puts and deletes of single records) read and write batches,
//     notices and lines only through `ctx.records`; nothing reaches the database until
//     the push flushes, and a refusal simply drops what the mutation staged;
//   - direct (anything else, e.g. review steps and publishing) may also query and write
//     through `ctx.trx`: the push flushes everything staged before it runs, wraps it in a
//     savepoint that a refusal rolls back, and forgets its in-memory view afterwards.
// Versions come only from `ctx.nextVersions` (held in memory, saved once per push).
import type { ErrorCode } from '../../../domain/mutations';
import { isEditable, type ReviewState } from '../../../domain/review';
import { isInScope, type Role, type User } from '../../../domain/user';
import type { Executor } from '../../db/schema';
import type { ConflictItem } from '../../../sync/protocol';
import type { RecordOf, RecordTable, Stored } from '../records';

export interface MutationContext {
  trx: Executor;
  actor: User;
  /** the server's clock: legal dates never come from a device */
  now: number;
  /** server version of the record the device based this change on; 0 for a new record */
  baseVersion: number;
  /** reserves the next version number (or `count` consecutive ones) */
  nextVersions(count?: number): Promise<number>;
  /** batches, notices and lines as this push sees them, including its own earlier writes */
  records: RecordAccess;
}

export interface RecordAccess {
  read<T extends RecordTable>(table: T, id: string): Promise<Stored<RecordOf[T]> | undefined>;
  /** `record.version` must come from nextVersions; written when the push flushes */
  write<T extends RecordTable>(table: T, record: RecordOf[T], isDeleted?: boolean): void;
}

/** What a refusal may add to its conflict item so the phone can show where the problem is. */
export type RefusalDetails = Pick<ConflictItem, 'findings' | 'findingCount'>;

export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: RefusalDetails,
  ) {
    super(code);
  }
}

export function refuse(code: ErrorCode): never {
  throw new Refusal(code);
}

export function requireRole(actor: User, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) refuse('wrong-role');
}

export function requireScope(actor: User, villageCode: string): void {
  if (!isInScope(actor, villageCode)) refuse('out-of-scope');
}

/**
 * Only drafts change. A change to a record that has moved on since the device saw it is
 * 'stale-version' (someone acted on it meanwhile); one based on the current version of a
 * submitted or published record is 'locked'.
 */
export function requireEditable(
  state: ReviewState,
  currentVersion: number,
  baseVersion: number,
): void {
  if (isEditable(state)) return;
  refuse(baseVersion !== currentVersion ? 'stale-version' : 'locked');
}
