// What a refused change was, for the list its author reads: the mutation's name as a
// locale key (保存发放批次 …) and, where the payload says it, which record it was about.
// Reads only the few fields it shows; the payload was written by any app version.
import type { MutationName } from '../../domain/mutations';
import type { ConflictItem } from '../../sync/protocol';

/** Mutations with words of their own under `mutations.*`; others read as "其他操作". */
const NAMED_MUTATIONS = [
  'batch.put',
  'batch.delete',
  'line.put',
  'line.delete',
  'notice.put',
  'notice.delete',
  'review.transition',
] as const satisfies readonly MutationName[];

export type NamedMutation = (typeof NAMED_MUTATIONS)[number];

export function namedMutation(name: string): NamedMutation | null {
  return (NAMED_MUTATIONS as readonly string[]).includes(name) ? (name as NamedMutation) : null;
}

export type ConflictSubject =
  { kind: 'batch'; year: number; item: string } | { kind: 'notice'; title: string };

/** The batch or notice a refused save was about, when its payload names one. */
export function conflictSubject(
  conflict: Pick<ConflictItem, 'name' | 'args'>,
): ConflictSubject | null {
  const args = conflict.args as Record<string, unknown> | null | undefined;
  if (typeof args !== 'object' || args === null) return null;
  if (
    conflict.name === 'batch.put' &&
    typeof args.year === 'number' &&
    typeof args.item === 'string'
  ) {
    return { kind: 'batch', year: args.year, item: args.item };
  }
  if (conflict.name === 'notice.put' && typeof args.title === 'string') {
    return { kind: 'notice', title: args.title };
  }
  return null;
}
