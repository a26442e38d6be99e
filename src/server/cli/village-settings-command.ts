// `village-settings <code> [--phone-names masked|full] [--grace-days N] [--reply-days N]`:
// shows a village's settings, or changes them and shows the result. A change is recorded
// like one made on the reviewer's screen (who: "admin-cli" and the operator's login name),
// because full names on the internet is a privacy choice someone has to answer for.
import { userInfo } from 'node:os';
import { divisionName } from '../../domain/divisions';
import {
  GRACE_DAYS_MAX,
  GRACE_DAYS_MIN,
  graceDaysSchema,
  PHONE_NAME_MODES,
  phoneNameModeSchema,
  REPLY_DAYS_MAX,
  REPLY_DAYS_MIN,
  replyDaysSchema,
  type VillageSettingKey,
  type VillageSettings,
} from '../../domain/village-settings';
import type { Storage } from '../db/storage';
import { regionExists } from '../seed/region-seed';
import {
  StaleSettingsError,
  updateVillageSettings,
  villageSettingsResponse,
} from '../settings/village-settings-queries';
import { AdminError, type Flags } from './admin-commands';

export const VILLAGE_SETTINGS_USAGE =
  'village-settings CODE [--phone-names masked|full] [--grace-days N] [--reply-days N]';

/** The flag of each setting, as typed on the command line and printed back. */
const FLAG_OF: Record<VillageSettingKey, string> = {
  phoneNames: 'phone-names',
  phoneGraceDays: 'grace-days',
  objectionReplyWorkingDays: 'reply-days',
};
const KNOWN_FLAGS = new Set(['_', ...Object.values(FLAG_OF)]);

function flagValue(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  if (value === true) throw new AdminError(`--${name} needs a value.`);
  return value?.trim();
}

function wholeNumber(flags: Flags, name: string, min: number, max: number): number | undefined {
  const text = flagValue(flags, name);
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  const schema = name === FLAG_OF.phoneGraceDays ? graceDaysSchema : replyDaysSchema;
  if (!schema.safeParse(value).success)
    throw new AdminError(`--${name} must be a whole number from ${min} to ${max}, got "${text}".`);
  return value;
}

function updateFrom(flags: Flags): Partial<VillageSettings> {
  const unknown = Object.keys(flags).filter((name) => !KNOWN_FLAGS.has(name));
  if (unknown.length > 0)
    throw new AdminError(`Unknown option --${unknown[0]}. Usage: ${VILLAGE_SETTINGS_USAGE}`);
  const update: Partial<VillageSettings> = {};
  const names = flagValue(flags, FLAG_OF.phoneNames);
  if (names !== undefined) {
    const parsed = phoneNameModeSchema.safeParse(names);
    if (!parsed.success)
      throw new AdminError(
        `--phone-names must be one of ${PHONE_NAME_MODES.join(', ')}, got "${names}".`,
      );
    update.phoneNames = parsed.data;
  }
  const grace = wholeNumber(flags, FLAG_OF.phoneGraceDays, GRACE_DAYS_MIN, GRACE_DAYS_MAX);
  if (grace !== undefined) update.phoneGraceDays = grace;
  const reply = wholeNumber(
    flags,
    FLAG_OF.objectionReplyWorkingDays,
    REPLY_DAYS_MIN,
    REPLY_DAYS_MAX,
  );
  if (reply !== undefined) update.objectionReplyWorkingDays = reply;
  return update;
}

function operatorName(): string {
  try {
    return `admin-cli (${userInfo().username})`;
  } catch {
    return 'admin-cli';
  }
}

export async function villageSettingsCommand(storage: Storage, flags: Flags): Promise<string[]> {
  const village = typeof flags._ === 'string' ? flags._.trim() : '';
  if (!/^\d{12}$/.test(village) || !(await regionExists(storage.db, village)))
    throw new AdminError(
      `Give the 12-digit code of a village this server knows. Usage: ${VILLAGE_SETTINGS_USAGE}`,
    );
  const update = updateFrom(flags);
  const lines: string[] = [];
  if (Object.keys(update).length > 0) {
    try {
      const result = await updateVillageSettings(
        storage.db,
        village,
        update,
        { id: 'admin-cli', name: operatorName() },
        storage.now(),
      );
      lines.push(
        ...(result.changes.length === 0
          ? ['Nothing changed: the village already has these settings.']
          : result.changes.map((c) => `Changed --${FLAG_OF[c.setting]}: ${c.from} → ${c.to}.`)),
      );
    } catch (error) {
      if (error instanceof StaleSettingsError)
        throw new AdminError('Someone changed these settings at the same moment; run it again.');
      throw error;
    }
  }
  const answer = await villageSettingsResponse(storage.db, village);
  lines.push(`Settings of ${divisionName(village) ?? village} (${village}):`);
  for (const key of Object.keys(FLAG_OF) as VillageSettingKey[]) {
    const value = answer.settings[key];
    const note = value === answer.defaults[key] ? ' (default)' : '';
    lines.push(`  --${FLAG_OF[key].padEnd(12)} ${value}${note}`);
  }
  return lines;
}
