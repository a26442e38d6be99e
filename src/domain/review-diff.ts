// What a correction (更正) changed compared with the published version it replaces, for
// the reviewer's screen and the public page ("both stay visible with the change shown").
// Pure: it compares the two versions it is given and returns raw values; a public view
// masks them through its own allow-list before showing anything.
// Lines of a correction are new records with new ids, so a line is paired with its old
// version by id first, then by ID number, then by group + name when those are unique.
import type { StatementLine } from './finance-statement';
import type { Notice } from './notice';
import type { PayoutBatch, PayoutLine } from './payout';

export interface FieldChange<K extends string = string> {
  field: K;
  before: unknown;
  after: unknown;
}

export const NOTICE_DIFF_FIELDS = [
  'category',
  'type',
  'title',
  'body',
  'periodStart',
  'periodEnd',
  'attachments',
] as const;
export const BATCH_DIFF_FIELDS = [
  'year',
  'item',
  'basis',
  'rateText',
  'unit',
  'department',
  'paidOn',
  'publisher',
  'hotline',
] as const;
export const LINE_DIFF_FIELDS = [
  'group',
  'name',
  'idNumber',
  'account',
  'quantityCenti',
  'unit',
  'rateFen',
  'amountFen',
  'paidOn',
  'remark',
  'adjusted',
  'adjustReason',
] as const;

export type DiffableNotice = Pick<Notice, (typeof NOTICE_DIFF_FIELDS)[number] | 'statement'>;
export type DiffableBatch = Pick<PayoutBatch, (typeof BATCH_DIFF_FIELDS)[number]>;
export type DiffableLine = Pick<PayoutLine, 'id' | (typeof LINE_DIFF_FIELDS)[number]>;

export interface StatementChange {
  side: 'income' | 'expense';
  /** the entry's id in the newer version, or in the older one when removed */
  id: string;
  change: 'added' | 'removed' | 'changed';
  before: StatementLine | null;
  after: StatementLine | null;
}

export interface NoticeDiff {
  fields: FieldChange<(typeof NOTICE_DIFF_FIELDS)[number]>[];
  statement: StatementChange[];
}

export interface LineChange<L extends DiffableLine> {
  before: L;
  after: L;
  fields: FieldChange<(typeof LINE_DIFF_FIELDS)[number]>[];
}

export interface BatchDiff<L extends DiffableLine = DiffableLine> {
  header: FieldChange<(typeof BATCH_DIFF_FIELDS)[number]>[];
  added: L[];
  removed: L[];
  changed: LineChange<L>[];
  totalBeforeFen: number;
  totalAfterFen: number;
}

/** Structural equality of JSON-like values (key order does not matter). */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // Absent and null mean the same for optional fields.
    return (a ?? null) === (b ?? null);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => isSameValue(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].every((key) => isSameValue(ra[key], rb[key]));
}

function fieldChanges<K extends string>(
  fields: readonly K[],
  before: Record<K, unknown>,
  after: Record<K, unknown>,
): FieldChange<K>[] {
  return fields
    .filter((field) => !isSameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function statementChanges(before: DiffableNotice, after: DiffableNotice): StatementChange[] {
  const out: StatementChange[] = [];
  for (const side of ['income', 'expense'] as const) {
    const old = new Map((before.statement?.[side] ?? []).map((l) => [l.id, l]));
    for (const line of after.statement?.[side] ?? []) {
      const previous = old.get(line.id);
      old.delete(line.id);
      if (!previous) out.push({ side, id: line.id, change: 'added', before: null, after: line });
      else if (!isSameValue(previous, line))
        out.push({ side, id: line.id, change: 'changed', before: previous, after: line });
    }
    for (const line of old.values())
      out.push({ side, id: line.id, change: 'removed', before: line, after: null });
  }
  return out;
}

export function diffNotices(before: DiffableNotice, after: DiffableNotice): NoticeDiff {
  return {
    fields: fieldChanges(NOTICE_DIFF_FIELDS, before, after),
    statement: statementChanges(before, after),
  };
}

/** Pairs lines of the two versions that describe the same household. */
function pairLines<L extends DiffableLine>(before: readonly L[], after: readonly L[]) {
  const pairs: [L, L][] = [];
  let left = [...before];
  let right = [...after];
  const keys: ((l: L) => string)[] = [
    (l) => l.id,
    (l) => l.idNumber.trim().toUpperCase(),
    (l) => (l.name.trim() ? `${l.group.trim()}\u0000${l.name.trim()}` : ''),
  ];
  for (const keyOf of keys) {
    const unique = (lines: L[]) => {
      const counts = new Map<string, number>();
      for (const l of lines) counts.set(keyOf(l), (counts.get(keyOf(l)) ?? 0) + 1);
      return new Map(
        lines
          .filter((l) => keyOf(l) !== '' && counts.get(keyOf(l)) === 1)
          .map((l) => [keyOf(l), l]),
      );
    };
    const olds = unique(left);
    const news = unique(right);
    const matched = new Set<L>();
    for (const [key, old] of olds) {
      const current = news.get(key);
      if (!current) continue;
      pairs.push([old, current]);
      matched.add(old).add(current);
    }
    left = left.filter((l) => !matched.has(l));
    right = right.filter((l) => !matched.has(l));
  }
  return { pairs, removed: left, added: right };
}

const totalFen = (lines: readonly DiffableLine[]) => lines.reduce((t, l) => t + l.amountFen, 0);

/** Header fields, then lines added, removed and changed, in the newer version's order. */
export function diffBatches<L extends DiffableLine>(
  before: { batch: DiffableBatch; lines: readonly L[] },
  after: { batch: DiffableBatch; lines: readonly L[] },
): BatchDiff<L> {
  const { pairs, removed, added } = pairLines(before.lines, after.lines);
  const order = new Map(after.lines.map((l, i) => [l, i]));
  const changed = pairs
    .map(([old, current]) => ({
      before: old,
      after: current,
      fields: fieldChanges(LINE_DIFF_FIELDS, old, current),
    }))
    .filter((c) => c.fields.length > 0)
    .sort((a, b) => (order.get(a.after) ?? 0) - (order.get(b.after) ?? 0));
  return {
    header: fieldChanges(BATCH_DIFF_FIELDS, before.batch, after.batch),
    added,
    removed,
    changed,
    totalBeforeFen: totalFen(before.lines),
    totalAfterFen: totalFen(after.lines),
  };
}

export function hasBatchChanges(diff: BatchDiff): boolean {
  return diff.header.length + diff.added.length + diff.removed.length + diff.changed.length > 0;
}

export function hasNoticeChanges(diff: NoticeDiff): boolean {
  return diff.fields.length + diff.statement.length > 0;
}
