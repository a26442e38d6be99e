// A region as stored and synced: county, township or village, with its parent.
import { z } from 'zod';
import { regionCodeSchema } from './common';

export const regionLevelSchema = z.enum(['county', 'township', 'village']);
export type RegionLevel = z.infer<typeof regionLevelSchema>;

export const regionSchema = z.object({
  code: regionCodeSchema,
  name: z.string().min(1).max(64),
  level: regionLevelSchema,
  parentCode: regionCodeSchema.nullable(),
  /** villages only: 村委会 (rural, codes 200-399) vs 居委会 */
  rural: z.boolean().optional(),
});
export type Region = z.infer<typeof regionSchema>;
