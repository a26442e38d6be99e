// Public API of the client's sync layer: the only code that talks to the server.
// The composition root starts it (createSyncEngine + startSync); screens use signIn,
// signOut, useSyncStatus and requestSync, and map ApiError codes to `errors.<code>`.
export { ApiError, isApiError, isAuthError, type ApiErrorCode, type FetchLike } from './api-client';
export { signIn, signOut, type AuthOptions } from './auth';
export { notifySaved, requestSync, startSync, type SchedulerOptions } from './scheduler';
export {
  createSyncEngine,
  type SyncEngine,
  type SyncEngineOptions,
  type SyncOutcome,
} from './sync-engine';
export type { SyncErrorCode } from './sync-status-store';
export { useSyncStatus, type SyncPhase, type SyncStatus } from './useSyncStatus';
