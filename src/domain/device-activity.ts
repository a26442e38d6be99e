// When the devices of a village last reached the server, as the township dashboard shows
// it ("最近同步 10:42", "3 天前", "从未同步"). Times are the server's clock: a phone whose
// clock is wrong must not make a silent village look active.
import { z } from 'zod';
import { timestampSchema, villageCodeSchema } from './common';

export const villageDeviceActivitySchema = z.object({
  villageCode: villageCodeSchema,
  /** server time of the latest successful push or pull of any device of the village */
  lastSyncAt: timestampSchema,
  /** devices (local databases) of the village's accounts that ever synced */
  deviceCount: z.number().int().nonnegative(),
});
export type VillageDeviceActivity = z.infer<typeof villageDeviceActivitySchema>;

/** GET /api/review/device-activity: villages without any synced device are absent. */
export const deviceActivityResponseSchema = z.object({
  /** the server's clock when it answered, to count "N 天前" without the device clock */
  now: timestampSchema,
  villages: z.array(villageDeviceActivitySchema),
});
export type DeviceActivityResponse = z.infer<typeof deviceActivityResponseSchema>;
