// The per-village chain of published snapshots (DOMAIN.md §6): each new snapshot takes the
// next seq of its village and names the previous snapshot's fingerprint, inside the
// approving push's transaction, so a publication and its place in the chain commit or
// roll back together. Pushes are serialised by the server-state lock (push.ts), and a
// unique (village_code, seq) index stops two snapshots ever sharing a place.
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type { ReviewItemKind } from '../../domain/review';
import { uuidv7 } from '../../domain/uuid';
import type { Executor } from '../db/schema';
import { freezeLines, freezeRecord, sealSnapshot, SNAPSHOT_FORMAT } from './snapshot';

export interface ChainLink {
  seq: number;
  sha256: string;
  prevSha256: string | null;
  publishedAt: number;
}

export async function lastLinkOf(
  db: Executor,
  villageCode: string,
): Promise<ChainLink | undefined> {
  const row = await db
    .selectFrom('published_snapshots')
    .select(['seq', 'sha256', 'prev_sha256', 'published_at'])
    .where('village_code', '=', villageCode)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (
    row && {
      seq: Number(row.seq),
      sha256: row.sha256,
      prevSha256: row.prev_sha256,
      publishedAt: Number(row.published_at),
    }
  );
}

export interface PublishedItem {
  itemKind: ReviewItemKind;
  /** the record exactly as it is written with state 'published' */
  record: PayoutBatch | Notice;
  /** a batch's live lines; empty for a notice */
  lines: readonly PayoutLine[];
  publishedAt: number;
}

/** Freezes the item, hashes it onto its village's chain and stores the snapshot. */
export async function appendSnapshot(trx: Executor, item: PublishedItem): Promise<ChainLink> {
  const { record } = item;
  const previous = await lastLinkOf(trx, record.villageCode);
  const seq = (previous?.seq ?? 0) + 1;
  const sealed = sealSnapshot({
    format: SNAPSHOT_FORMAT,
    itemKind: item.itemKind,
    itemId: record.id,
    villageCode: record.villageCode,
    seq,
    publishedAt: item.publishedAt,
    prevSha256: previous?.sha256 ?? null,
    record: freezeRecord(record),
    ...(item.itemKind === 'batch' ? { lines: freezeLines(item.lines) } : {}),
  });
  await trx
    .insertInto('published_snapshots')
    .values({
      id: uuidv7(item.publishedAt),
      item_kind: item.itemKind,
      item_id: record.id,
      village_code: record.villageCode,
      seq,
      published_at: item.publishedAt,
      canonical_json: sealed.canonicalJson,
      sha256: sealed.sha256,
      prev_sha256: previous?.sha256 ?? null,
    })
    .execute();
  return {
    seq,
    sha256: sealed.sha256,
    prevSha256: previous?.sha256 ?? null,
    publishedAt: item.publishedAt,
  };
}

/** The fingerprint of an item's published version (print view, kiosk), if it has one. */
export async function readPublishedFingerprint(
  db: Executor,
  itemKind: ReviewItemKind,
  itemId: string,
): Promise<ChainLink | undefined> {
  const row = await db
    .selectFrom('published_snapshots')
    .select(['seq', 'sha256', 'prev_sha256', 'published_at'])
    .where('item_id', '=', itemId)
    .where('item_kind', '=', itemKind)
    .executeTakeFirst();
  return (
    row && {
      seq: Number(row.seq),
      sha256: row.sha256,
      prevSha256: row.prev_sha256,
      publishedAt: Number(row.published_at),
    }
  );
}
