// The registry of mutation handlers: validates a mutation's arguments with the shared
// schema and dispatches to the handler of its name. An unknown name or arguments that do
// not parse are refusals like any other rule, so the device's queue is never blocked.
// It also says which handlers are staged (see mutation-context.ts) and which records a
// mutation will read, so a push can fetch them for the whole batch in one query per table.
import {
  isMutationName,
  mutationArgsSchemas,
  type MutationArgs,
  type MutationName,
} from '../../../domain/mutations';
import { deleteBatch, putBatch } from './batch-handlers';
import { deleteLine, putLine } from './line-handlers';
import type { RecordIds } from '../record-store';
import { refuse, type MutationContext } from './mutation-context';
import { deleteNotice, putNotice } from './notice-handlers';
import { transition } from './review-handlers';
import { addProof } from './review-handlers-proof';

type Handlers = {
  [N in MutationName]: (ctx: MutationContext, args: MutationArgs<N>) => Promise<void>;
};

const HANDLERS: Handlers = {
  'batch.put': putBatch,
  'batch.delete': deleteBatch,
  'line.put': putLine,
  'line.delete': deleteLine,
  'notice.put': putNotice,
  'notice.delete': deleteNotice,
  'review.transition': transition,
  'proof.add': addProof,
};

export async function runMutation(
  ctx: MutationContext,
  name: string,
  args: unknown,
): Promise<void> {
  if (!isMutationName(name)) refuse('unknown-mutation');
  const parsed = mutationArgsSchemas[name].safeParse(args);
  if (!parsed.success) refuse('invalid');
  const handler = HANDLERS[name] as (ctx: MutationContext, args: unknown) => Promise<void>;
  await handler(ctx, parsed.data);
}

/**
 * Handlers that touch the database only through `ctx.records`. An unknown name is staged
 * too: it is refused before it could write anything.
 */
const STAGED: ReadonlySet<string> = new Set<MutationName>([
  'batch.put',
  'line.put',
  'line.delete',
  'notice.put',
  'notice.delete',
]);

export function isStagedMutation(name: string): boolean {
  return STAGED.has(name) || !isMutationName(name);
}

function stringField(args: unknown, key: string): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const value = (args as Record<string, unknown>)[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * Adds the records a mutation will read to `ids`, from its raw arguments (a guess is
 * harmless: a record not listed is read when asked for, one listed needlessly costs nothing).
 */
export function addReferencedRecords(ids: RecordIds, name: string, args: unknown): void {
  const add = (table: keyof RecordIds, key: string): void => {
    const id = stringField(args, key);
    if (id) ids[table].add(id);
  };
  switch (name) {
    case 'batch.put':
      add('batches', 'id');
      add('batches', 'correctsId');
      break;
    case 'batch.delete':
      add('batches', 'id');
      break;
    case 'notice.put':
      add('notices', 'id');
      add('notices', 'correctsId');
      break;
    case 'notice.delete':
      add('notices', 'id');
      break;
    case 'line.put':
    case 'line.delete':
      add('lines', 'id');
      add('batches', 'batchId');
      break;
    default:
      break;
  }
}
