// Reads of the objections table for signed-in staff and for the published replies. Staff
// rows carry the resident's call-back number; the public replies are built from an
// allow-list in public/public-views.ts and never see that column (it is not selected).
// Owns the SQL; scope checks and roles live in objection-staff-routes.ts.
import {
  objectionStaffState,
  type PublicObjectionReply,
  type ObjectionStaffState,
  type StaffObjection,
} from '../../domain/objection';
import type { Executor, ObjectionsTable } from '../db/schema';
import { villageCodeRange } from '../auth/scope';
import { publicObjectionReply } from '../public/public-views';

/** A list answers at most this many rows: a village with more has a bigger problem. */
export const MAX_LISTED_OBJECTIONS = 500;

export interface StaffLineLabel {
  group: string;
  name: string;
}

export function staffObjectionOf(
  row: ObjectionsTable,
  today: string,
  line: StaffLineLabel | null = null,
): StaffObjection {
  const replyDueOn = row.reply_due_on;
  return {
    id: row.id,
    villageCode: row.village_code,
    itemKind: row.item_kind === 'notice' ? 'notice' : 'batch',
    itemId: row.item_id,
    lineId: row.line_id ?? null,
    line: row.line_id ? line : null,
    text: row.text,
    phone: row.phone,
    raisedOn: row.raised_on,
    replyDueOn,
    state: objectionStaffState({ reply: row.reply, replyDueOn }, today),
    reply: row.reply,
    repliedAt: row.replied_at === null ? null : Number(row.replied_at),
  };
}

/** Objections of one village or of every village in a region (a township), newest first. */
export async function listObjections(
  db: Executor,
  regionCode: string,
  state: ObjectionStaffState | undefined,
  today: string,
): Promise<StaffObjection[]> {
  const { low, high } = villageCodeRange(regionCode);
  let query = db
    .selectFrom('objections')
    .selectAll()
    .where('village_code', '>=', low)
    .where('village_code', '<=', high);
  if (state === 'answered') query = query.where('reply', 'is not', null);
  if (state === 'open') query = query.where('reply', 'is', null).where('reply_due_on', '>=', today);
  if (state === 'overdue')
    query = query.where('reply', 'is', null).where('reply_due_on', '<', today);
  const rows = await query.orderBy('raised_at', 'desc').limit(MAX_LISTED_OBJECTIONS).execute();
  const lines = await readLineLabels(
    db,
    rows.flatMap((row) =>
      row.line_id ? [{ villageCode: row.village_code, id: row.line_id }] : [],
    ),
  );
  return rows.map((row) =>
    staffObjectionOf(row, today, row.line_id ? (lines.get(row.line_id) ?? null) : null),
  );
}

/**
 * Group and full name of the lines objections are about, for staff: only those two
 * fields are taken from the record (its ID number and account stay behind). A line of
 * another village is never matched, whatever id an objection holds.
 */
export async function readLineLabels(
  db: Executor,
  refs: { villageCode: string; id: string }[],
): Promise<Map<string, StaffLineLabel>> {
  const labels = new Map<string, StaffLineLabel>();
  const ids = [...new Set(refs.map((ref) => ref.id))];
  if (ids.length === 0) return labels;
  const villageOf = new Map(refs.map((ref) => [ref.id, ref.villageCode]));
  const rows = await db
    .selectFrom('lines')
    .select(['id', 'village_code', 'record'])
    .where('id', 'in', ids)
    .where('deleted', '=', 0)
    .execute();
  for (const row of rows) {
    if (villageOf.get(row.id) !== row.village_code) continue;
    try {
      const record = JSON.parse(row.record) as { group?: unknown; name?: unknown };
      labels.set(row.id, {
        group: typeof record.group === 'string' ? record.group : '',
        name: typeof record.name === 'string' ? record.name : '',
      });
    } catch {
      // a damaged record reads as a removed line: staff still see "one line of the list"
    }
  }
  return labels;
}

/** Unanswered objections past their due date, counted per village of a region. */
export async function countOverdueByVillage(
  db: Executor,
  regionCode: string,
  today: string,
): Promise<{ villageCode: string; overdueCount: number }[]> {
  const { low, high } = villageCodeRange(regionCode);
  const rows = await db
    .selectFrom('objections')
    .select(['village_code', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('village_code', '>=', low)
    .where('village_code', '<=', high)
    .where('reply', 'is', null)
    .where('reply_due_on', '<', today)
    .groupBy('village_code')
    .orderBy('village_code')
    .execute();
  return rows.map((row) => ({ villageCode: row.village_code, overdueCount: Number(row.n) }));
}

/** Replies to a village's objections for the phone page; the phone column is not even read. */
export async function readPublicReplies(
  db: Executor,
  villageCode: string,
): Promise<PublicObjectionReply[]> {
  const rows = await db
    .selectFrom('objections')
    .select(['id', 'item_kind', 'item_id', 'raised_on', 'reply', 'replied_at', 'line_id'])
    .where('village_code', '=', villageCode)
    .where('reply', 'is not', null)
    .orderBy('raised_at', 'asc')
    .limit(MAX_LISTED_OBJECTIONS)
    .execute();
  // Whether it was about one line is said; which line (and so whose name) is not.
  return rows.flatMap((row) => {
    const reply = publicObjectionReply(row);
    return reply ? [{ ...reply, isAboutLine: row.line_id !== null }] : [];
  });
}
