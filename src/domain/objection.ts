// Objections (异议) a resident raises against a published item during its notice period
// (DOMAIN.md §7): a short text, no sign-in, answered within 5 working days. The resident
// gets a reference to look the answer up; no name, phone or ID number is asked for, and
// a text that contains one is refused, because the objection and its reply are shown
// back on a public page.
import { z } from 'zod';
import { addWorkingDays } from './working-days';

/** Working days the village has to reply (3 for simple questions, a setting later). */
export const OBJECTION_REPLY_WORKING_DAYS = 5;
export const OBJECTION_MIN_CHARS = 5;
export const OBJECTION_MAX_CHARS = 500;

export const objectionRequestSchema = z.object({
  itemKind: z.enum(['batch', 'notice']),
  itemId: z.string().min(1).max(64),
  text: z.string().trim().min(OBJECTION_MIN_CHARS).max(OBJECTION_MAX_CHARS),
});
export type ObjectionRequest = z.infer<typeof objectionRequestSchema>;

export type ObjectionState = 'open' | 'replied';

/** What the resident (and anyone with the reference) sees of an objection. */
export interface PublicObjection {
  id: string;
  itemKind: 'batch' | 'notice';
  itemId: string;
  text: string;
  raisedOn: string;
  replyDueOn: string;
  state: ObjectionState;
  reply: string | null;
}

/** The last day of the reply period for an objection raised on `raisedOn` (China date). */
export function objectionReplyDue(raisedOn: string): string {
  return addWorkingDays(raisedOn, OBJECTION_REPLY_WORKING_DAYS);
}
