// Building blocks shared by every entity schema: ids, codes, dates and the fields
// every synced record carries. Pure zod, used unchanged by the phone and the server.
import { z } from 'zod';

/** Client-generated UUIDv7 (see uuid.ts); never an auto-increment number. */
export const idSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
/** 12-digit statistical division code of a village (村委会/居委会). */
export const villageCodeSchema = z.string().regex(/^\d{12}$/);
/** County (6), township (9) or village (12) division code. */
export const regionCodeSchema = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/);
/** Calendar date as written on a notice, YYYY-MM-DD, no time zone. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Milliseconds since the epoch. */
export const timestampSchema = z.number().int().nonnegative();

/** Fields every record kept in sync carries. `version` 0 means the server has never seen it. */
export const syncedFields = {
  id: idSchema,
  version: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};
