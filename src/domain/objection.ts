// Objections (异议) a resident raises against a published item during its notice period
// (DOMAIN.md §7): a short text, no sign-in, answered within 5 working days. The resident
// gets a reference to look the answer up; no name, phone or ID number is asked for, and
// a text that contains one is refused, because the objection and its reply are shown
// back on a public page.
import { z } from 'zod';
import {
  MOBILE_NUMBER_PATTERN,
  OBJECTION_MAX_CHARS,
  OBJECTION_MIN_CHARS,
} from './objection-limits';
import { addWorkingDays } from './working-days';

export {
  isMobileNumber,
  MOBILE_NUMBER_PATTERN,
  OBJECTION_MAX_CHARS,
  OBJECTION_MIN_CHARS,
} from './objection-limits';

/** Working days the village has to reply (3 for simple questions, a setting later). */
export const OBJECTION_REPLY_WORKING_DAYS = 5;

export const objectionRequestSchema = z
  .object({
    itemKind: z.enum(['batch', 'notice']),
    itemId: z.string().min(1).max(64),
    /**
     * one subsidy line of the batch the objection is about ("my amount is wrong"), so the
     * village finds the household at once; only with itemKind 'batch'
     */
    lineId: z.string().min(1).max(64).optional(),
    text: z.string().trim().min(OBJECTION_MIN_CHARS).max(OBJECTION_MAX_CHARS),
    /** optional call-back number, kept apart from the text and shown to staff only */
    phone: z.string().trim().regex(MOBILE_NUMBER_PATTERN).optional(),
  })
  .refine((request) => request.lineId === undefined || request.itemKind === 'batch', {
    path: ['lineId'],
  });
export type ObjectionRequest = z.infer<typeof objectionRequestSchema>;

export type ObjectionState = 'open' | 'replied';

/** What the resident (and anyone with the reference) sees of an objection. */
export interface PublicObjection {
  id: string;
  itemKind: 'batch' | 'notice';
  itemId: string;
  /**
   * true when it is about one line of the list. Which line is not said: the line's name
   * is for staff, and anyone holding the reference can read this back.
   */
  isAboutLine: boolean;
  text: string;
  raisedOn: string;
  replyDueOn: string;
  state: ObjectionState;
  reply: string | null;
}

/**
 * The last day of the reply period for an objection raised on `raisedOn` (China date).
 * `workingDays` is the village's setting (village-settings.ts), 5 by default.
 */
export function objectionReplyDue(
  raisedOn: string,
  workingDays: number = OBJECTION_REPLY_WORKING_DAYS,
): string {
  return addWorkingDays(raisedOn, workingDays);
}

export const OBJECTION_REPLY_MIN_CHARS = 2;
export const OBJECTION_REPLY_MAX_CHARS = 1000;

export const objectionReplyRequestSchema = z.object({
  text: z.string().trim().min(OBJECTION_REPLY_MIN_CHARS).max(OBJECTION_REPLY_MAX_CHARS),
});
export type ObjectionReplyRequest = z.infer<typeof objectionReplyRequestSchema>;

/** What staff see: 'overdue' is computed from the China date, never stored. */
export const OBJECTION_STAFF_STATES = ['open', 'answered', 'overdue'] as const;
export type ObjectionStaffState = (typeof OBJECTION_STAFF_STATES)[number];

/**
 * Answered once a reply exists (even a late one); otherwise overdue from the day after
 * the due date, because the due date itself is still a day the village may reply on.
 */
export function objectionStaffState(
  objection: { reply: string | null; replyDueOn: string },
  today: string,
): ObjectionStaffState {
  if (objection.reply !== null) return 'answered';
  return today > objection.replyDueOn ? 'overdue' : 'open';
}

/** GET /api/objections: one objection as the village cadre and township reviewer see it. */
export interface StaffObjection {
  id: string;
  villageCode: string;
  itemKind: 'batch' | 'notice';
  itemId: string;
  /** the subsidy line it is about, or null when about the whole item */
  lineId: string | null;
  /**
   * group and full name of that line as staff see them (DOMAIN.md §5, cadre audience);
   * null when about the whole item, or when the line was removed since
   */
  line: { group: string; name: string } | null;
  text: string;
  /** the resident's call-back number, or null; staff only */
  phone: string | null;
  raisedOn: string;
  replyDueOn: string;
  state: ObjectionStaffState;
  reply: string | null;
  /** server time (ms) of the reply */
  repliedAt: number | null;
}

export interface StaffObjectionsResponse {
  /** the server's China date the states were computed on */
  today: string;
  objections: StaffObjection[];
}

/** GET /api/objections/overdue-counts: the township dashboard's count per village. */
export interface OverdueCountsResponse {
  today: string;
  villages: { villageCode: string; overdueCount: number }[];
}

/**
 * A reply as published under its item on the phone page. The resident's own text is not
 * republished: it may name neighbours (names are not caught by the number scan), and the
 * resident keeps their reference to read it back.
 */
export interface PublicObjectionReply {
  id: string;
  itemKind: 'batch' | 'notice';
  itemId: string;
  raisedOn: string;
  repliedOn: string;
  reply: string;
  /** true when the objection was about one line of the list (which one is not said) */
  isAboutLine?: boolean;
}
