// `npm run admin -- verify-chain`: proves that nothing published was changed afterwards.
// For each village, in seq order: every snapshot's text still hashes to its fingerprint,
// its columns agree with what was hashed, it names the previous fingerprint, and seqs have
// no gap; then the live records (the batch or notice and a batch's lines) are compared
// field by field with the frozen ones, and a published item without a snapshot is flagged.
// It only reads; it reports field names, never values, since values may be personal data.
import type { Notice } from '../../domain/notice';
import type { PayoutBatch } from '../../domain/payout';
import { isSameValue } from '../../domain/review-diff';
import type { ReviewItemKind } from '../../domain/review';
import type { Executor } from '../db/schema';
import { readBatch, readLinesOfBatch, readNotice } from '../sync/records';
import {
  freezeLines,
  freezeRecord,
  sha256Hex,
  type FrozenRecord,
  type SnapshotEnvelope,
} from './snapshot';

export type ChainProblemCode =
  | 'hash-mismatch'
  | 'envelope-mismatch'
  | 'chain-broken'
  | 'seq-gap'
  | 'record-missing'
  | 'record-changed'
  | 'lines-changed'
  | 'fingerprint-mismatch'
  | 'published-without-snapshot';

export interface ChainProblem {
  code: ChainProblemCode;
  villageCode: string;
  /** the snapshot's place in its village's chain; null when there is no snapshot */
  seq: number | null;
  itemKind: string;
  itemId: string;
  /** field names, or "line <id>: field, field" / "line <id> added|removed" */
  details: string[];
}

export interface ChainReport {
  villages: number;
  snapshots: number;
  problems: ChainProblem[];
}

interface SnapshotRow {
  item_kind: string;
  item_id: string;
  village_code: string;
  seq: number;
  published_at: number;
  canonical_json: string;
  sha256: string;
  prev_sha256: string | null;
}

function changedFields(before: FrozenRecord, after: FrozenRecord): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((key) => !isSameValue(before[key], after[key]));
}

function lineDifferences(frozen: FrozenRecord[], current: FrozenRecord[]): string[] {
  const byId = (lines: FrozenRecord[]) => new Map(lines.map((l) => [String(l.id), l]));
  const old = byId(frozen);
  const now = byId(current);
  const out: string[] = [];
  for (const [id, line] of old) {
    const live = now.get(id);
    if (!live) out.push(`line ${id} removed`);
    else {
      const fields = changedFields(line, live);
      if (fields.length > 0) out.push(`line ${id}: ${fields.join(', ')}`);
    }
  }
  for (const id of now.keys()) if (!old.has(id)) out.push(`line ${id} added`);
  return out;
}

/** The hashed envelope must agree with the columns queries and the print view use. */
function envelopeMismatches(row: SnapshotRow, envelope: SnapshotEnvelope): string[] {
  const pairs: [string, unknown, unknown][] = [
    ['itemKind', envelope.itemKind, row.item_kind],
    ['itemId', envelope.itemId, row.item_id],
    ['villageCode', envelope.villageCode, row.village_code],
    ['seq', envelope.seq, Number(row.seq)],
    ['publishedAt', envelope.publishedAt, Number(row.published_at)],
    ['prevSha256', envelope.prevSha256, row.prev_sha256],
  ];
  return pairs.filter(([, hashed, stored]) => hashed !== stored).map(([name]) => name);
}

function parseEnvelope(text: string): SnapshotEnvelope | null {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as SnapshotEnvelope) : null;
  } catch {
    return null;
  }
}

async function compareWithRecords(
  db: Executor,
  row: SnapshotRow,
  envelope: SnapshotEnvelope,
): Promise<ChainProblem[]> {
  const at = {
    villageCode: row.village_code,
    seq: Number(row.seq),
    itemKind: row.item_kind,
    itemId: row.item_id,
  };
  const kind = row.item_kind as ReviewItemKind;
  const stored =
    kind === 'batch' ? await readBatch(db, row.item_id) : await readNotice(db, row.item_id);
  if (!stored || stored.isDeleted) return [{ code: 'record-missing', ...at, details: [] }];
  const record: PayoutBatch | Notice = stored.record;
  const problems: ChainProblem[] = [];
  const fields = changedFields(envelope.record, freezeRecord(record));
  if (fields.length > 0) problems.push({ code: 'record-changed', ...at, details: fields });
  if ((record.publishedSha256 ?? null) !== row.sha256)
    problems.push({ code: 'fingerprint-mismatch', ...at, details: ['publishedSha256'] });
  if (kind === 'batch') {
    const lines = freezeLines(await readLinesOfBatch(db, row.item_id));
    const details = lineDifferences(envelope.lines ?? [], lines);
    if (details.length > 0) problems.push({ code: 'lines-changed', ...at, details });
  }
  return problems;
}

async function verifyVillage(db: Executor, villageCode: string): Promise<ChainReport> {
  const rows = (await db
    .selectFrom('published_snapshots')
    .select([
      'item_kind',
      'item_id',
      'village_code',
      'seq',
      'published_at',
      'canonical_json',
      'sha256',
      'prev_sha256',
    ])
    .where('village_code', '=', villageCode)
    .orderBy('seq')
    .execute()) as SnapshotRow[];
  const problems: ChainProblem[] = [];
  let previous: string | null = null;
  rows.forEach((row, index) => {
    const at = {
      villageCode,
      seq: Number(row.seq),
      itemKind: row.item_kind,
      itemId: row.item_id,
    };
    if (Number(row.seq) !== index + 1)
      problems.push({ code: 'seq-gap', ...at, details: [`expected seq ${index + 1}`] });
    if (sha256Hex(row.canonical_json) !== row.sha256)
      problems.push({ code: 'hash-mismatch', ...at, details: [] });
    if (row.prev_sha256 !== previous) problems.push({ code: 'chain-broken', ...at, details: [] });
    previous = row.sha256;
  });
  for (const row of rows) {
    const envelope = parseEnvelope(row.canonical_json);
    const at = {
      villageCode,
      seq: Number(row.seq),
      itemKind: row.item_kind,
      itemId: row.item_id,
    };
    if (!envelope) {
      problems.push({ code: 'envelope-mismatch', ...at, details: ['canonicalJson'] });
      continue;
    }
    const mismatches = envelopeMismatches(row, envelope);
    if (mismatches.length > 0)
      problems.push({ code: 'envelope-mismatch', ...at, details: mismatches });
    problems.push(...(await compareWithRecords(db, row, envelope)));
  }
  return { villages: 1, snapshots: rows.length, problems };
}

/** Published batches and notices that have no snapshot (a state set by hand, say). */
async function publishedWithoutSnapshot(
  db: Executor,
  villageCode: string | undefined,
): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  for (const [table, itemKind] of [
    ['batches', 'batch'],
    ['notices', 'notice'],
  ] as const) {
    const rows = await db
      .selectFrom(table)
      .leftJoin('published_snapshots', 'published_snapshots.item_id', `${table}.id`)
      .select([`${table}.id as id`, `${table}.village_code as villageCode`])
      .where(`${table}.state`, '=', 'published')
      .where(`${table}.deleted`, '=', 0)
      .where('published_snapshots.id', 'is', null)
      .$if(villageCode !== undefined, (qb) =>
        qb.where(`${table}.village_code`, '=', villageCode ?? ''),
      )
      .orderBy(`${table}.village_code`)
      .execute();
    for (const row of rows) {
      problems.push({
        code: 'published-without-snapshot',
        villageCode: row.villageCode,
        seq: null,
        itemKind,
        itemId: row.id,
        details: [],
      });
    }
  }
  return problems;
}

/** Checks every village's chain, or one village's when `villageCode` is given. */
export async function verifyChain(
  db: Executor,
  options: { villageCode?: string } = {},
): Promise<ChainReport> {
  const villages = options.villageCode
    ? [options.villageCode]
    : (
        await db
          .selectFrom('published_snapshots')
          .select('village_code')
          .distinct()
          .orderBy('village_code')
          .execute()
      ).map((row) => row.village_code);
  const report: ChainReport = { villages: 0, snapshots: 0, problems: [] };
  for (const villageCode of villages) {
    const village = await verifyVillage(db, villageCode);
    report.snapshots += village.snapshots;
    if (village.snapshots > 0) report.villages += 1;
    report.problems.push(...village.problems);
  }
  report.problems.push(...(await publishedWithoutSnapshot(db, options.villageCode)));
  return report;
}
