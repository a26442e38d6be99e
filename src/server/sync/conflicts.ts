// A rejected mutation is kept with its payload as a conflict item, synced to its author
// and to the reviewers of its village so nothing a cadre typed silently disappears.
// Finding the village is best effort: arguments that did not parse may name none.
import type { ErrorCode } from '../../domain/mutations';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';
import type { ConflictItem } from '../../sync/protocol';
import type { RecordAccess, RefusalDetails } from './handlers/mutation-context';

const VILLAGE_CODE = /^\d{12}$/;

function field(args: unknown, key: string): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const value = (args as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

async function villageOfMutation(
  records: Pick<RecordAccess, 'read'>,
  name: string,
  args: unknown,
): Promise<string | null> {
  const direct = field(args, 'villageCode');
  if (direct && VILLAGE_CODE.test(direct)) return direct;
  const id = field(args, 'id');
  const itemId = field(args, 'itemId');
  let stored: { record: { villageCode: string } } | undefined;
  if (name === 'batch.delete' && id) stored = await records.read('batches', id);
  else if (name === 'notice.delete' && id) stored = await records.read('notices', id);
  else if (name === 'line.delete' && id) stored = await records.read('lines', id);
  else if ((name === 'review.transition' || name === 'proof.add') && itemId) {
    stored = await records.read(
      field(args, 'itemKind') === 'notice' ? 'notices' : 'batches',
      itemId,
    );
  }
  return stored?.record.villageCode ?? null;
}

export interface RejectedMutation {
  clientId: string;
  mid: number;
  name: string;
  args: unknown;
  reason: ErrorCode;
}

/** The conflict item of a refused mutation; push.ts writes it with the rest of the batch. */
export async function buildConflict(
  records: Pick<RecordAccess, 'read'>,
  actor: User,
  rejected: RejectedMutation,
  now: number,
  details?: RefusalDetails,
): Promise<ConflictItem> {
  const conflict: ConflictItem = {
    id: uuidv7(now),
    clientId: rejected.clientId,
    mid: rejected.mid,
    name: rejected.name,
    args: rejected.args ?? null,
    reason: rejected.reason,
    userId: actor.id,
    villageCode: await villageOfMutation(records, rejected.name, rejected.args),
    createdAt: now,
    ...details,
  };
  return conflict;
}
