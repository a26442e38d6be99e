// Wire protocol between a device and the township server (SYNC.md). Shared by the
// client engine and the server, which parses every request body with these schemas.
// PROTOCOL_VERSION only ever goes up; the server answers 'protocol-mismatch' to others.
import { z } from 'zod';
import type { ErrorCode } from '../domain/mutations';
import type { ReviewableFinding } from '../domain/privacy-scan-reviewable';
import { MAX_PUSH_MUTATIONS, PROTOCOL_VERSION, type SyncedTable } from './protocol-limits';

export * from './protocol-limits';

export const clientIdSchema = z.string().regex(/^[0-9a-f-]{36}$/);

export const pushMutationSchema = z.object({
  mid: z.number().int().positive(),
  name: z.string().min(1).max(60),
  args: z.unknown(),
  /** server version of the record this edit was based on; 0 for a new record */
  baseVersion: z.number().int().nonnegative(),
});
export type PushMutation = z.infer<typeof pushMutationSchema>;

export const pushRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  clientId: clientIdSchema,
  mutations: z.array(pushMutationSchema).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export type MutationStatus = 'applied' | 'rejected' | 'duplicate';
export interface PushResult {
  mid: number;
  status: MutationStatus;
  reason?: ErrorCode;
}
export interface PushResponse {
  lastMid: number;
  results: PushResult[];
}
/** 409 body when a batch skips a mid: the client must resend from expectedMid. */
export interface PushGapResponse {
  error: 'mid-gap';
  expectedMid: number;
  lastMid: number;
  results: PushResult[];
}

export const cookieSchema = z.object({
  epoch: z.string().min(1).max(64),
  version: z.number().int().nonnegative(),
});
export type PullCookie = z.infer<typeof cookieSchema>;

export const pullRequestSchema = z.object({
  protocol: z.literal(PROTOCOL_VERSION),
  clientId: clientIdSchema,
  cookie: cookieSchema.nullable(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export interface PullRow {
  table: SyncedTable;
  /** primary key: id, or region code */
  key: string;
  version: number;
  /** a tombstone: the row was deleted */
  deleted?: true;
  value?: Record<string, unknown>;
}

export type PullResponse =
  | { resetRequired: true; epoch: string }
  | {
      resetRequired?: false;
      rows: PullRow[];
      hasMore: boolean;
      lastMid: number;
      cookie: PullCookie;
    };

/** A rejected mutation kept by the server with its payload, shown to author and reviewer. */
export interface ConflictItem {
  id: string;
  clientId: string;
  mid: number;
  name: string;
  args: unknown;
  reason: ErrorCode;
  userId: string;
  villageCode: string | null;
  createdAt: number;
  /** 'personal-data-found': where the scanner found personal data (the first MAX_CONFLICT_FINDINGS) */
  findings?: ReviewableFinding[];
  /** 'personal-data-found': how many findings there were in all */
  findingCount?: number;
}

/** Error body of every 4xx answer. */
export interface ErrorBody {
  error: ErrorCode;
  message?: string;
}
