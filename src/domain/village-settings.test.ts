import { describe, expect, it } from 'vitest';
import {
  applySettingsUpdate,
  DEFAULT_VILLAGE_SETTINGS,
  isSwitchingToFullNames,
  resolveVillageSettings,
  settingChanges,
  villageSettingsSchema,
  villageSettingsUpdateSchema,
  type VillageSettings,
} from './village-settings';

const defaults: VillageSettings = { ...DEFAULT_VILLAGE_SETTINGS };

describe('defaults (DOMAIN.md §5, §7)', () => {
  it('masks names, keeps named rows 30 days and gives 5 working days to reply', () => {
    expect(defaults).toEqual({
      phoneNames: 'masked',
      phoneGraceDays: 30,
      objectionReplyWorkingDays: 5,
    });
    expect(villageSettingsSchema.safeParse(defaults).success).toBe(true);
  });
});

describe('villageSettingsUpdateSchema bounds', () => {
  it.each([
    [{ phoneNames: 'full' }, true],
    [{ phoneNames: 'masked' }, true],
    [{ phoneNames: 'partly' }, false],
    [{ phoneGraceDays: 0 }, true],
    [{ phoneGraceDays: 365 }, true],
    [{ phoneGraceDays: 366 }, false],
    [{ phoneGraceDays: -1 }, false],
    [{ phoneGraceDays: 7.5 }, false],
    [{ phoneGraceDays: '30' }, false],
    [{ objectionReplyWorkingDays: 1 }, true],
    [{ objectionReplyWorkingDays: 15 }, true],
    [{ objectionReplyWorkingDays: 0 }, false],
    [{ objectionReplyWorkingDays: 16 }, false],
    [{ phoneGraceDays: 10, baseVersion: 3 }, true],
    [{ baseVersion: 3 }, false], // nothing to change
    [{}, false],
    [{ phoneGraceDays: 10, showIdNumbers: true }, false], // unknown keys are refused
  ])('%j → %s', (body, ok) => {
    expect(villageSettingsUpdateSchema.safeParse(body).success).toBe(ok);
  });
});

describe('resolveVillageSettings', () => {
  it.each([
    ['nothing stored', {}, defaults],
    ['nulls follow the default', { phoneNames: null, phoneGraceDays: null }, defaults],
    ['a stored choice wins', { phoneNames: 'full' }, { ...defaults, phoneNames: 'full' }],
    [
      'grace 0 is a choice, not a missing value',
      { phoneGraceDays: 0 },
      { ...defaults, phoneGraceDays: 0 },
    ],
    ['out of bounds falls back', { phoneGraceDays: 9999, objectionReplyWorkingDays: 0 }, defaults],
    ['unknown mode falls back', { phoneNames: 'FULL' }, defaults],
    [
      'reply days kept',
      { objectionReplyWorkingDays: 3 },
      { ...defaults, objectionReplyWorkingDays: 3 },
    ],
  ] as const)('%s', (_label, stored, expected) => {
    expect(resolveVillageSettings(stored)).toEqual(expected);
  });
});

describe('applySettingsUpdate and settingChanges', () => {
  it.each([
    [{ phoneNames: 'full' }, [{ setting: 'phoneNames', from: 'masked', to: 'full' }]],
    [{ phoneGraceDays: 0 }, [{ setting: 'phoneGraceDays', from: '30', to: '0' }]],
    [{ phoneGraceDays: 30 }, []], // same value: nothing to record
    [
      { objectionReplyWorkingDays: 3, phoneGraceDays: 60 },
      [
        { setting: 'phoneGraceDays', from: '30', to: '60' },
        { setting: 'objectionReplyWorkingDays', from: '5', to: '3' },
      ],
    ],
  ] as const)('%j', (update, expected) => {
    const after = applySettingsUpdate(defaults, update);
    expect(settingChanges(defaults, after)).toEqual(expected);
  });

  it('asks for confirmation only when names go from masked to full', () => {
    const full: VillageSettings = { ...defaults, phoneNames: 'full' };
    expect(isSwitchingToFullNames(defaults, full)).toBe(true);
    expect(isSwitchingToFullNames(full, full)).toBe(false);
    expect(isSwitchingToFullNames(full, defaults)).toBe(false);
  });
});
