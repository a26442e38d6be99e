// Public API of the local database layer. Features, sync and the app import from here.
export { AppDatabase, type StoredBlob, type VersionChangeHandler } from './app-database';
export { DEFAULT_DATABASE_NAME, getDatabase, openDatabase, setDatabaseForTests } from './database';
export {
  getClientId,
  getLocalActorId,
  getMeta,
  setMeta,
  type MetaKey,
  type MetaRow,
  type MetaValues,
  type PersistenceRecord,
} from './meta';
export {
  countOutbox,
  entityKeyOf,
  listOutbox,
  parseEntityKey,
  pendingEntityKeys,
  type OutboxEntry,
} from './outbox';
export { runCommand, type CommandOutcome, type QueuedMutation } from './run-command';
export {
  CommandError,
  StorageError,
  toStorageError,
  type CommandErrorCode,
  type StorageErrorCode,
} from './storage-errors';
export {
  getPersistenceStatus,
  requestPersistentStorage,
  type PersistenceStatus,
} from './persistence';
export {
  buildUnsyncedExport,
  UNSYNCED_EXPORT_FORMAT,
  type UnsyncedExport,
  type UnsyncedExportEntry,
} from './export-unsynced';
export { recordSyncState, type RecordSyncState } from './record-sync-state';
export { useDbQuery } from './useDbQuery';
export { useSyncSummary, type SyncSummary } from './useSyncSummary';
export { usePendingEntityKeys } from './usePendingEntityKeys';
export { useLocalActorId } from './useLocalActorId';
export {
  clearSession,
  getSession,
  markSessionExpired,
  saveSession,
  useSession,
  type DeviceSession,
  type SessionState,
  type StoredSession,
} from './session-store';
export { listConflicts, useConflicts } from './conflict-queries';
export {
  applyPullPage,
  rebaseOutbox,
  requestFullResend,
  resetForFullPull,
  type ApplyPullOptions,
  type ApplyPullResult,
  type PullPage,
} from './apply-pull';
