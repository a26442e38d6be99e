// Reads and writes the per-village settings (migration 0008) on SQLite and PostgreSQL
// through the same Kysely code. A village without a row, or a null column, follows the
// default of domain/village-settings.ts; a value saved equal to the default is stored as
// null so the village keeps following it. Every save that changes something writes one
// audit row per changed setting in the same transaction: the change and its record
// cannot be had apart. Owns the SQL; who may read or change is decided by the routes
// (village-settings-routes.ts) and the admin command (cli/village-settings-command.ts).
import {
  applySettingsUpdate,
  DEFAULT_VILLAGE_SETTINGS,
  resolveVillageSettings,
  settingChanges,
  VILLAGE_SETTING_KEYS,
  type VillageSettingChange,
  type VillageSettings,
  type VillageSettingsResponse,
} from '../../domain/village-settings';
import { uuidv7 } from '../../domain/uuid';
import type { Db, Executor, VillageSettingsTable } from '../db/schema';

/** How many recent changes the settings answer carries. */
export const LISTED_CHANGES = 20;

/** Who saved: a signed-in account, or the administrator's command line. */
export interface SettingsActor {
  id: string;
  name: string;
}

/** The screen started from an older version, or two saves raced: reload and try again. */
export class StaleSettingsError extends Error {
  constructor() {
    super('village settings changed meanwhile');
  }
}

interface SettingsState {
  settings: VillageSettings;
  version: number;
}

function stateOf(row: VillageSettingsTable | undefined): SettingsState {
  if (!row) return { settings: resolveVillageSettings(), version: 0 };
  return {
    settings: resolveVillageSettings({
      phoneNames: row.phone_names,
      phoneGraceDays: row.phone_grace_days === null ? null : Number(row.phone_grace_days),
      objectionReplyWorkingDays:
        row.objection_reply_working_days === null ? null : Number(row.objection_reply_working_days),
    }),
    version: Number(row.version),
  };
}

async function readState(db: Executor, villageCode: string): Promise<SettingsState> {
  const row = await db
    .selectFrom('village_settings')
    .selectAll()
    .where('village_code', '=', villageCode)
    .executeTakeFirst();
  return stateOf(row);
}

/** The settings in force for a village (the defaults when it never chose). */
export async function readVillageSettings(
  db: Executor,
  villageCode: string,
): Promise<VillageSettings> {
  return (await readState(db, villageCode)).settings;
}

export async function readSettingChanges(
  db: Executor,
  villageCode: string,
  limit = LISTED_CHANGES,
): Promise<VillageSettingChange[]> {
  const rows = await db
    .selectFrom('village_settings_changes')
    .select(['setting', 'old_value', 'new_value', 'changed_at', 'changed_by_name', 'id'])
    .where('village_code', '=', villageCode)
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.flatMap((row) => {
    const setting = VILLAGE_SETTING_KEYS.find((key) => key === row.setting);
    if (!setting) return [];
    return [
      {
        setting,
        from: row.old_value,
        to: row.new_value,
        changedAt: Number(row.changed_at),
        changedBy: row.changed_by_name,
      },
    ];
  });
}

export async function villageSettingsResponse(
  db: Executor,
  villageCode: string,
): Promise<VillageSettingsResponse> {
  const [state, changes] = await Promise.all([
    readState(db, villageCode),
    readSettingChanges(db, villageCode),
  ]);
  return {
    villageCode,
    settings: state.settings,
    defaults: { ...DEFAULT_VILLAGE_SETTINGS },
    version: state.version,
    changes,
  };
}

/** null where the value is the default: the village then follows the default. */
function storedColumns(settings: VillageSettings) {
  const orNull = <K extends keyof VillageSettings>(key: K) =>
    settings[key] === DEFAULT_VILLAGE_SETTINGS[key] ? null : settings[key];
  return {
    phone_names: orNull('phoneNames'),
    phone_grace_days: orNull('phoneGraceDays'),
    objection_reply_working_days: orNull('objectionReplyWorkingDays'),
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'));
}

export interface SettingsUpdateResult {
  settings: VillageSettings;
  version: number;
  changes: { setting: keyof VillageSettings; from: string; to: string }[];
}

/**
 * Applies `update` to a village's settings in one transaction and records each changed
 * setting. `baseVersion`, when given, must be the version now stored (StaleSettingsError
 * otherwise). A save that changes nothing writes nothing and keeps the version.
 */
export async function updateVillageSettings(
  db: Db,
  villageCode: string,
  update: Partial<VillageSettings> & { baseVersion?: number },
  actor: SettingsActor,
  now: number,
): Promise<SettingsUpdateResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      const current = await readState(trx, villageCode);
      if (update.baseVersion !== undefined && update.baseVersion !== current.version) {
        throw new StaleSettingsError();
      }
      const settings = applySettingsUpdate(current.settings, update);
      const changes = settingChanges(current.settings, settings);
      if (changes.length === 0) return { settings, version: current.version, changes };

      const version = current.version + 1;
      const columns = {
        ...storedColumns(settings),
        version,
        updated_at: now,
        updated_by: actor.id,
      };
      if (current.version === 0) {
        await trx
          .insertInto('village_settings')
          .values({ village_code: villageCode, ...columns })
          .execute();
      } else {
        // `version` in the condition too: of two saves at once, only one wins.
        const updated = await trx
          .updateTable('village_settings')
          .set(columns)
          .where('village_code', '=', villageCode)
          .where('version', '=', current.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw new StaleSettingsError();
      }
      await trx
        .insertInto('village_settings_changes')
        .values(
          changes.map((change) => ({
            id: uuidv7(now),
            village_code: villageCode,
            setting: change.setting,
            old_value: change.from,
            new_value: change.to,
            changed_at: now,
            changed_by: actor.id,
            changed_by_name: actor.name,
          })),
        )
        .execute();
      return { settings, version, changes };
    });
  } catch (error) {
    // Two first saves of the same village at once: the second insert meets the first.
    if (isUniqueViolation(error)) throw new StaleSettingsError();
    throw error;
  }
}
