// The frozen form of a published batch or notice and its fingerprint. A snapshot is the
// canonical JSON (keys sorted at every level, no spaces, absent fields left out) of an
// envelope holding the record as published, a batch's lines sorted by id, the item's
// place in its village's chain and the previous fingerprint; its SHA-256 over the UTF-8
// text is the fingerprint. Anyone holding the text can recompute it, so the hash proves
// the published content and, through prevSha256, every earlier publication of the village.
// Owns: what is frozen and how it is hashed. Not: where it is stored (chain.ts).
import { createHash } from 'node:crypto';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type { ReviewItemKind } from '../../domain/review';
import { PUBLICATION_FIELD_NAMES } from '../../domain/review-publication';

export const SNAPSHOT_FORMAT = 1;

/**
 * Fields that change after publishing without changing what was published: sync
 * bookkeeping, and the server-owned publication fields (fingerprint, superseded, proofs).
 */
const VOLATILE_RECORD_FIELDS: ReadonlySet<string> = new Set([
  'version',
  'updatedAt',
  ...PUBLICATION_FIELD_NAMES,
]);
const VOLATILE_LINE_FIELDS: ReadonlySet<string> = new Set(['version', 'updatedAt']);

export type FrozenRecord = Record<string, unknown>;

export interface SnapshotEnvelope {
  format: number;
  itemKind: ReviewItemKind;
  itemId: string;
  villageCode: string;
  seq: number;
  publishedAt: number;
  prevSha256: string | null;
  record: FrozenRecord;
  /** a batch's lines, sorted by id; absent for a notice */
  lines?: FrozenRecord[];
}

function withoutKeys(value: object, keys: ReadonlySet<string>): FrozenRecord {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.has(key)));
}

/** The published content of a record, as frozen and as compared by verify-chain. */
export function freezeRecord(record: PayoutBatch | Notice): FrozenRecord {
  return withoutKeys(record, VOLATILE_RECORD_FIELDS);
}

export function freezeLines(lines: readonly PayoutLine[]): FrozenRecord[] {
  return [...lines]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((line) => withoutKeys(line, VOLATILE_LINE_FIELDS));
}

/**
 * JSON with object keys sorted by UTF-16 code unit at every level and undefined members
 * left out, so equal content always gives equal text on every server and in every language.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error('canonicalJson: numbers must be finite');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface SealedSnapshot {
  envelope: SnapshotEnvelope;
  canonicalJson: string;
  sha256: string;
}

export function sealSnapshot(envelope: SnapshotEnvelope): SealedSnapshot {
  const text = canonicalJson(envelope);
  return { envelope, canonicalJson: text, sha256: sha256Hex(text) };
}
