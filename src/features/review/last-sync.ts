// How the dashboard words a village's last sync: the time when it was today (China
// calendar, counted on the server's clock), else how many days ago, or never. Pure, so
// the rule is tested without a screen.
import { chinaDateOf, daysBetween } from '../../domain/dates';
import type { VillageDeviceActivity } from '../../domain/device-activity';

export type LastSync =
  | { kind: 'never' }
  | { kind: 'today'; at: number; deviceCount: number }
  | { kind: 'days-ago'; days: number; deviceCount: number };

export function lastSyncOf(
  activity: VillageDeviceActivity | undefined,
  serverNow: number,
): LastSync {
  if (!activity || activity.deviceCount === 0) return { kind: 'never' };
  const days = daysBetween(chinaDateOf(activity.lastSyncAt), chinaDateOf(serverNow));
  return days <= 0
    ? { kind: 'today', at: activity.lastSyncAt, deviceCount: activity.deviceCount }
    : { kind: 'days-ago', days, deviceCount: activity.deviceCount };
}
