// Year-end subsidy payout results (DOMAIN.md §3): a batch is one subsidy item paid in
// one village in one year; its lines are one per household or person. Money is always
// integer 分; quantities are integer hundredths of a unit (亩 carries two decimals).
import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  syncedFields,
  timestampSchema,
  villageCodeSchema,
} from './common';
import { reviewStateSchema } from './review';
import { publicationFields } from './review-publication';

export const payoutBatchSchema = z.object({
  ...syncedFields,
  villageCode: villageCodeSchema,
  year: z.number().int().min(2000).max(2100),
  /** subsidy item, e.g. 耕地地力保护补贴 */
  item: z.string().min(1).max(100),
  /** policy basis document (政策依据) */
  basis: z.string().max(300),
  /** the standard as printed, e.g. "112.5元/亩" */
  rateText: z.string().max(100),
  unit: z.string().min(1).max(10),
  department: z.string().max(100),
  paidOn: isoDateSchema.nullable(),
  publisher: z.string().max(100),
  hotline: z.string().max(40),
  state: reviewStateSchema,
  authorId: idSchema,
  submittedAt: timestampSchema.nullable(),
  returnedReason: z.string().max(2000).nullable(),
  /** a correction (更正) points at the published batch it replaces */
  correctsId: idSchema.nullable(),
  ...publicationFields,
});
export type PayoutBatch = z.infer<typeof payoutBatchSchema>;

export const payoutLineSchema = z.object({
  ...syncedFields,
  batchId: idSchema,
  villageCode: villageCodeSchema,
  /** 村民小组, e.g. 第三组 */
  group: z.string().max(40),
  name: z.string().min(1).max(40),
  /** pinyin computed when the line is saved, e.g. "zeng guo hua|zgh" */
  namePinyin: z.string().max(200),
  /** full ID number as stored; never leaves the cadre/reviewer audience unmasked */
  idNumber: z.string().max(18),
  /** 一卡通 / bank account */
  account: z.string().max(19),
  quantityCenti: z.number().int().nonnegative(),
  unit: z.string().max(10),
  rateFen: z.number().int().nonnegative(),
  amountFen: z.number().int().nonnegative(),
  paidOn: isoDateSchema.nullable(),
  remark: z.string().max(500),
  /** amount differs from quantity × rate on purpose; reason required */
  adjusted: z.boolean(),
  adjustReason: z.string().max(500),
});
export type PayoutLine = z.infer<typeof payoutLineSchema>;
