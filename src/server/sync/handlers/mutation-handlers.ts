// The registry of mutation handlers: validates a mutation's arguments with the shared
// schema and dispatches to the handler of its name. An unknown name or arguments that do
// not parse are refusals like any other rule, so the device's queue is never blocked.
import {
  isMutationName,
  mutationArgsSchemas,
  type MutationArgs,
  type MutationName,
} from '../../../domain/mutations';
import { deleteBatch, putBatch } from './batch-handlers';
import { deleteLine, putLine } from './line-handlers';
import { refuse, type MutationContext } from './mutation-context';
import { deleteNotice, putNotice } from './notice-handlers';
import { transition } from './review-handlers';

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
