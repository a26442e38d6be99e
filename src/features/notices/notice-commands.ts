// Writes to notices of the three-affairs board (DOMAIN.md §4) and their attachment bytes.
// Each save is one local transaction that changes the notice and queues its mutation, so
// a cadre can draft and submit on a phone with no signal; the server re-checks every rule
// (author, draft-only edits, the privacy scan on submit) when the outbox reaches it.
// Reviewer steps (check, return, approve) live in src/features/review.
import {
  CommandError,
  entityKeyOf,
  runCommand,
  type AppDatabase,
  type QueuedMutation,
  type StoredBlob,
} from '../../data';
import { runBulkCommand } from '../../data/run-bulk-command';
import type { MutationArgs } from '../../domain/mutations';
import type { Notice } from '../../domain/notice';
import { isEditable } from '../../domain/review';
import { uuidv7 } from '../../domain/uuid';
import { findCorrectionOf } from './notice-queries';

/** What the editor owns; review fields (state, author, submittedAt …) never come from it. */
export type NoticeDraftInput = Pick<
  Notice,
  | 'id'
  | 'villageCode'
  | 'category'
  | 'type'
  | 'title'
  | 'body'
  | 'periodStart'
  | 'periodEnd'
  | 'attachments'
  | 'statement'
>;

function putMutation(notice: Notice, baseVersion: number): QueuedMutation {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...args } = notice;
  const typedArgs: MutationArgs<'notice.put'> = args;
  return {
    name: 'notice.put',
    args: typedArgs,
    baseVersion,
    entityKey: entityKeyOf('notices', notice.id),
  };
}

function contentOf(input: NoticeDraftInput) {
  const { id: _id, villageCode: _villageCode, statement, ...rest } = input;
  // A statement only on the types that carry one: no empty field on other notices.
  return statement === undefined ? rest : { ...rest, statement };
}

/**
 * Create the draft or change it. Refuses with CommandError 'locked' once it is submitted
 * or published (先审后发: an edit under review would be refused by the server anyway).
 * Offline: works the same; the change waits in the outbox (待同步).
 */
export function saveNoticeDraft(
  db: AppDatabase,
  input: NoticeDraftInput,
  authorId: string,
  now: number = Date.now(),
): Promise<Notice> {
  return runCommand(
    db,
    [db.notices],
    async () => {
      const current = await db.notices.get(input.id);
      if (current && !isEditable(current.state)) throw new CommandError('locked');
      if (current && current.villageCode !== input.villageCode) throw new CommandError('not-found');
      const base: Notice = current ?? {
        id: input.id,
        version: 0,
        createdAt: now,
        updatedAt: now,
        villageCode: input.villageCode,
        category: input.category,
        type: input.type,
        title: input.title,
        body: input.body,
        periodStart: null,
        periodEnd: null,
        attachments: [],
        state: 'draft',
        authorId,
        submittedAt: null,
        returnedReason: null,
        correctsId: null,
      };
      const { statement: _dropped, ...withoutStatement } = base;
      const saved: Notice = { ...withoutStatement, ...contentOf(input), updatedAt: now };
      await db.notices.put(saved);
      return { result: saved, mutation: putMutation(saved, current?.version ?? 0) };
    },
    now,
  );
}

/**
 * Start a correction (更正, DOMAIN.md §6) of a published notice: a new draft with the same
 * content and `correctsId` pointing at it, which the cadre then edits and sends through
 * review; on its publication the server marks the old one as replaced and both stay
 * readable. The period is left empty: the corrected version is posted anew and runs its
 * own 公示期. Refuses with 'not-found', 'correction-target-invalid' (not published) or
 * 'superseded'. When a correction of it is already under way on this device, returns that
 * one and writes nothing, so a double tap or a second visit never forks the history.
 * Offline: works the same; the draft waits in the outbox (待同步).
 */
export function startNoticeCorrection(
  db: AppDatabase,
  publishedId: string,
  authorId: string,
  now: number = Date.now(),
): Promise<Notice> {
  return runBulkCommand(
    db,
    [db.notices],
    async () => {
      const source = await db.notices.get(publishedId);
      if (!source) throw new CommandError('not-found');
      if (source.state !== 'published') throw new CommandError('correction-target-invalid');
      if (source.supersededById) throw new CommandError('superseded');
      const existing = await findCorrectionOf(db, source);
      if (existing?.state === 'published') throw new CommandError('superseded');
      if (existing) return { result: existing, mutations: [] };
      const draft: Notice = {
        id: uuidv7(now),
        version: 0,
        createdAt: now,
        updatedAt: now,
        villageCode: source.villageCode,
        category: source.category,
        type: source.type,
        title: source.title,
        body: source.body,
        periodStart: null,
        periodEnd: null,
        attachments: source.attachments.map((a) => ({ ...a })),
        state: 'draft',
        authorId,
        submittedAt: null,
        returnedReason: null,
        correctsId: source.id,
        ...(source.statement === undefined ? {} : { statement: structuredClone(source.statement) }),
      };
      // add, not put: a fresh UUIDv7 never overwrites an existing notice.
      await db.notices.add(draft);
      return { result: draft, mutations: [putMutation(draft, 0)] };
    },
    now,
  );
}

/**
 * Send a draft to the village supervision committee. The phone shows it as submitted at
 * once; the server runs the privacy scan again and has the final word.
 * Offline: works the same; the step waits in the outbox.
 */
export function submitNotice(
  db: AppDatabase,
  id: string,
  now: number = Date.now(),
): Promise<Notice> {
  return runCommand(
    db,
    [db.notices],
    async () => {
      const current = await db.notices.get(id);
      if (!current) throw new CommandError('not-found');
      if (current.state !== 'draft') throw new CommandError('locked');
      const shown: Notice = {
        ...current,
        state: 'submitted',
        submittedAt: now,
        returnedReason: null,
        updatedAt: now,
      };
      await db.notices.put(shown);
      return {
        result: shown,
        mutation: {
          name: 'review.transition',
          args: { stepId: uuidv7(now), itemKind: 'notice', itemId: id, action: 'submit' },
          baseVersion: current.version,
          entityKey: entityKeyOf('notices', id),
        },
      };
    },
    now,
  );
}

/**
 * Keep an attachment's bytes on this device under their SHA-256. Not a mutation: the
 * notice that references it is, and the sync engine uploads blobs not yet confirmed.
 * Storing the same bytes twice keeps the first copy (and its upload state).
 */
export async function storeAttachmentBlob(
  db: AppDatabase,
  blob: Omit<StoredBlob, 'uploadedAt'>,
): Promise<void> {
  await db.transaction('rw', db.blobs, async () => {
    const existing = await db.blobs.get(blob.sha256);
    if (!existing) await db.blobs.add({ ...blob, uploadedAt: null });
  });
}
