// The protocol's plain constants, kept apart from the zod schemas in protocol.ts so the
// phone's first screen and its sync code do not load zod just to read a number.
// PROTOCOL_VERSION only ever goes up; the server answers 'protocol-mismatch' to others.
export const PROTOCOL_VERSION = 1;
export const MAX_PUSH_MUTATIONS = 100;
export const MAX_PUSH_BYTES = 256 * 1024;
export const MAX_PULL_ROWS = 500;
export const MAX_PULL_BYTES = 1024 * 1024;

/** Tables a pull can carry. `conflicts` are the rejected mutations of this user's items. */
export const SYNCED_TABLES = [
  'regions',
  'batches',
  'lines',
  'notices',
  'reviewSteps',
  'conflicts',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];
