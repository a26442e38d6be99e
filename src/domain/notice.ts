// Notices on the three-affairs board (DOMAIN.md §4): 党务, 村务, 财务.
import { z } from 'zod';
import { attachmentRefSchema } from './attachment';
import { financeStatementSchema } from './finance-statement';
import {
  idSchema,
  isoDateSchema,
  syncedFields,
  timestampSchema,
  villageCodeSchema,
} from './common';
import { reviewStateSchema } from './review';
import { publicationFields } from './review-publication';

export const NOTICE_CATEGORIES = ['party', 'village', 'finance'] as const;
export const noticeCategorySchema = z.enum(NOTICE_CATEGORIES);
export type NoticeCategory = z.infer<typeof noticeCategorySchema>;

export const noticeSchema = z.object({
  ...syncedFields,
  villageCode: villageCodeSchema,
  category: noticeCategorySchema,
  /** notice type key from the catalogue, e.g. 'finance-statement', 'subsidy-policy' */
  type: z.string().min(1).max(60),
  title: z.string().min(1).max(200),
  /** small safe markup (paragraphs, lists, simple tables), never raw HTML */
  body: z.string().max(50_000),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  attachments: z.array(attachmentRefSchema).max(20),
  state: reviewStateSchema,
  authorId: idSchema,
  submittedAt: timestampSchema.nullable(),
  returnedReason: z.string().max(2000).nullable(),
  correctsId: idSchema.nullable(),
  /** 财务收支 lines of a finance statement notice; totals are computed, never stored */
  statement: financeStatementSchema.optional(),
  ...publicationFields,
});
export type Notice = z.infer<typeof noticeSchema>;
