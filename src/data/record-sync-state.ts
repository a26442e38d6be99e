// The sync state shown beside every record, in words (仅本机 / 待同步 / 已同步 / 被退回 /
// 冲突), so nobody believes a record reached the township when it has not.

export type RecordSyncState = 'local-only' | 'pending' | 'synced' | 'returned' | 'conflict';

export function recordSyncState(
  record: { version: number; returnedReason?: string | null; state?: string },
  hasPendingOutbox: boolean,
  hasConflict: boolean,
): RecordSyncState {
  // A refused change needs the author's attention before anything else about the record.
  if (hasConflict) return 'conflict';
  // Version 0 means the server has never confirmed the record, queued or not: never
  // call that synced.
  if (record.version === 0) return 'local-only';
  if (hasPendingOutbox) return 'pending';
  if (record.state === 'draft' && record.returnedReason) return 'returned';
  return 'synced';
}
