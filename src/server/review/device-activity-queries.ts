// The device_activity table (migration 0006): stamping a device after a successful sync,
// and reading, per village of a region, when its devices last synced and how many there
// are. Owns the SQL; who may read which villages is decided in device-activity-routes.ts.
import type { DeviceActivityResponse } from '../../domain/device-activity';
import type { User } from '../../domain/user';
import { villageCodeRange } from '../auth/scope';
import type { Executor } from '../db/schema';

/** The dashboard shows minutes: a device's stamp is refreshed at most this often. */
export const STAMP_INTERVAL_MS = 60_000;

/**
 * Records that `clientId` of `user` synced at `now` (server time). Only devices of village
 * accounts are counted: the dashboard asks whether a village's own phones are in use.
 */
export async function recordDeviceSync(
  db: Executor,
  user: Pick<User, 'id' | 'regionCode'>,
  clientId: string,
  now: number,
): Promise<void> {
  if (user.regionCode.length !== 12) return;
  await db
    .insertInto('device_activity')
    .values({
      client_id: clientId,
      user_id: user.id,
      village_code: user.regionCode,
      last_sync_at: now,
    })
    .onConflict((oc) =>
      oc
        .column('client_id')
        .doUpdateSet({ user_id: user.id, village_code: user.regionCode, last_sync_at: now })
        // A phone syncs every minute or more often; rewriting its row each time would add
        // a disk write to every pull for a time the dashboard shows to the minute anyway.
        .where('device_activity.last_sync_at', '<=', now - STAMP_INTERVAL_MS),
    )
    .execute();
}

/** Per village of `regionCode` (a township, or one village): last sync and device count. */
export async function listDeviceActivity(
  db: Executor,
  regionCode: string,
): Promise<DeviceActivityResponse['villages']> {
  const { low, high } = villageCodeRange(regionCode);
  const rows = await db
    .selectFrom('device_activity')
    .select((eb) => [
      'village_code',
      eb.fn.max('last_sync_at').as('last_sync_at'),
      eb.fn.countAll().as('device_count'),
    ])
    .where('village_code', '>=', low)
    .where('village_code', '<=', high)
    .groupBy('village_code')
    .orderBy('village_code')
    .execute();
  return rows.map((row) => ({
    villageCode: row.village_code,
    lastSyncAt: Number(row.last_sync_at),
    deviceCount: Number(row.device_count),
  }));
}
