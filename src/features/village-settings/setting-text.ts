// Words for a setting's value and a change's time, shared by the form and its history.
import type { TFunction } from 'i18next';
import { chinaDateOf } from '../../domain/dates';
import type { VillageSettingKey } from '../../domain/village-settings';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** '2025-11-20 10:05' in China time: the server's clock, read the same on every device. */
export function chinaDateTime(ms: number): string {
  const shifted = new Date(ms + CHINA_OFFSET_MS);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${chinaDateOf(ms)} ${hh}:${mm}`;
}

/** A stored value ('masked', '30') as the reviewer reads it ("部分隐藏", "30 天"). */
export function settingValueText(t: TFunction, setting: VillageSettingKey, value: string): string {
  if (setting === 'phoneNames') {
    return value === 'full'
      ? t('reviewer.villageSettings.value.full')
      : t('reviewer.villageSettings.value.masked');
  }
  const count = Number(value);
  return setting === 'phoneGraceDays'
    ? t('reviewer.villageSettings.value.days', { count })
    : t('reviewer.villageSettings.value.workingDays', { count });
}
