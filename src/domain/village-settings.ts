// Per-village settings (DOMAIN.md: "where a rule varies by place, it is a setting with the
// default given here"): how the phone page shows names (§5, default masked), how many days
// after the notice period named rows stay on the phone page (§5, default 30) and how many
// working days the village has to answer an objection (§7, default 5). Owns the schema,
// the bounds, the defaults and the list of changes an audit records. Storage is the
// server's (src/server/settings), the screen is the reviewer's (src/features/village-settings).
// The kiosk and the paper board always show full names; this setting never touches them.
import { z } from 'zod';
import { timestampSchema, villageCodeSchema } from './common';
import { OBJECTION_REPLY_WORKING_DAYS } from './objection';
import { PHONE_GRACE_DAYS } from './public-view';

/** 'masked' = 张*华 on the phone page (the default); 'full' = the whole name on the internet. */
export const PHONE_NAME_MODES = ['masked', 'full'] as const;
export type PhoneNameMode = (typeof PHONE_NAME_MODES)[number];

export const GRACE_DAYS_MIN = 0;
export const GRACE_DAYS_MAX = 365;
export const REPLY_DAYS_MIN = 1;
export const REPLY_DAYS_MAX = 15;

export const phoneNameModeSchema = z.enum(PHONE_NAME_MODES);
export const graceDaysSchema = z.number().int().min(GRACE_DAYS_MIN).max(GRACE_DAYS_MAX);
export const replyDaysSchema = z.number().int().min(REPLY_DAYS_MIN).max(REPLY_DAYS_MAX);

export const villageSettingsSchema = z
  .object({
    phoneNames: phoneNameModeSchema,
    /** calendar days after the notice period's end before named rows leave the phone page */
    phoneGraceDays: graceDaysSchema,
    /** working days the village has to reply to an objection (异议) */
    objectionReplyWorkingDays: replyDaysSchema,
  })
  .strict();
export type VillageSettings = z.infer<typeof villageSettingsSchema>;
export type VillageSettingKey = keyof VillageSettings;

export const VILLAGE_SETTING_KEYS = [
  'phoneNames',
  'phoneGraceDays',
  'objectionReplyWorkingDays',
] as const satisfies readonly VillageSettingKey[];

export const DEFAULT_VILLAGE_SETTINGS: Readonly<VillageSettings> = Object.freeze({
  phoneNames: 'masked',
  phoneGraceDays: PHONE_GRACE_DAYS,
  objectionReplyWorkingDays: OBJECTION_REPLY_WORKING_DAYS,
});

/**
 * PUT /api/villages/:code/settings: the settings to change (others keep their value) and,
 * from a screen, the version it showed, so a second editor cannot silently undo the first.
 */
export const villageSettingsUpdateSchema = villageSettingsSchema
  .partial()
  .extend({ baseVersion: z.number().int().nonnegative().optional() })
  .strict()
  .refine((update) => VILLAGE_SETTING_KEYS.some((key) => update[key] !== undefined), {
    message: 'no setting given',
  });
export type VillageSettingsUpdate = z.infer<typeof villageSettingsUpdateSchema>;

/** One recorded change of one setting: who, when, old → new (values as text). */
export const villageSettingChangeSchema = z.object({
  setting: z.enum(VILLAGE_SETTING_KEYS),
  from: z.string(),
  to: z.string(),
  changedAt: timestampSchema,
  /** the account's display name, or "admin-cli (user)" for the command line */
  changedBy: z.string(),
});
export type VillageSettingChange = z.infer<typeof villageSettingChangeSchema>;

/** GET and PUT answer: the settings in force, the defaults, and the recent changes. */
export const villageSettingsResponseSchema = z.object({
  villageCode: villageCodeSchema,
  settings: villageSettingsSchema,
  defaults: villageSettingsSchema,
  /** 0 while the village has never changed a setting */
  version: z.number().int().nonnegative(),
  /** newest first, at most a few */
  changes: z.array(villageSettingChangeSchema),
});
export type VillageSettingsResponse = z.infer<typeof villageSettingsResponseSchema>;

/** What a village stored: null (or anything unreadable) means "follow the default". */
export type StoredVillageSettings = { [K in VillageSettingKey]?: unknown };

const FIELD_SCHEMAS = {
  phoneNames: phoneNameModeSchema,
  phoneGraceDays: graceDaysSchema,
  objectionReplyWorkingDays: replyDaysSchema,
} as const;

/**
 * The settings in force: each stored value that is valid, else the default. A value out
 * of bounds (written by hand, or left by an older version) falls back to the default
 * rather than breaking the village's public page.
 */
export function resolveVillageSettings(stored: StoredVillageSettings = {}): VillageSettings {
  const parse = <K extends VillageSettingKey>(key: K): VillageSettings[K] => {
    const result = FIELD_SCHEMAS[key].safeParse(stored[key]);
    return (result.success ? result.data : DEFAULT_VILLAGE_SETTINGS[key]) as VillageSettings[K];
  };
  return {
    phoneNames: parse('phoneNames'),
    phoneGraceDays: parse('phoneGraceDays'),
    objectionReplyWorkingDays: parse('objectionReplyWorkingDays'),
  };
}

/** The settings after an update; the update's values are already validated. */
export function applySettingsUpdate(
  current: VillageSettings,
  update: Partial<VillageSettings>,
): VillageSettings {
  return {
    phoneNames: update.phoneNames ?? current.phoneNames,
    phoneGraceDays: update.phoneGraceDays ?? current.phoneGraceDays,
    objectionReplyWorkingDays:
      update.objectionReplyWorkingDays ?? current.objectionReplyWorkingDays,
  };
}

/** The settings that differ between two versions, in a fixed order, values as text. */
export function settingChanges(
  before: VillageSettings,
  after: VillageSettings,
): { setting: VillageSettingKey; from: string; to: string }[] {
  return VILLAGE_SETTING_KEYS.filter((key) => before[key] !== after[key]).map((key) => ({
    setting: key,
    from: String(before[key]),
    to: String(after[key]),
  }));
}

/** True when the change puts full names on the internet: the screen asks to confirm it. */
export function isSwitchingToFullNames(before: VillageSettings, after: VillageSettings): boolean {
  return before.phoneNames !== 'full' && after.phoneNames === 'full';
}
