// What a mutation handler gets and how it says no. A handler checks its rules (scope,
// role, state machine, lock, stale base version) and either writes its rows or throws a
// Refusal with a typed code; push.ts then rolls the savepoint back and keeps the payload
// as a conflict. Handlers never commit, never touch mutation_log and never answer HTTP.
import type { ErrorCode } from '../../../domain/mutations';
import { isEditable, type ReviewState } from '../../../domain/review';
import { isInScope, type Role, type User } from '../../../domain/user';
import type { Executor } from '../../db/schema';

export interface MutationContext {
  trx: Executor;
  actor: User;
  /** the server's clock: legal dates never come from a device */
  now: number;
  /** server version of the record the device based this change on; 0 for a new record */
  baseVersion: number;
  /** reserves the next version number (or `count` consecutive ones) */
  nextVersions(count?: number): Promise<number>;
}

export class Refusal extends Error {
  constructor(readonly code: ErrorCode) {
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
