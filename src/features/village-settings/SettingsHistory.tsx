import { useTranslation } from 'react-i18next';
import type { VillageSettingChange } from '../../domain/village-settings';
import { chinaDateTime, settingValueText } from './setting-text';

/** Who changed which setting, when, from what to what: newest first. */
export function SettingsHistory({ changes }: { changes: VillageSettingChange[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="village-settings-history">
      <h2 id="village-settings-history">{t('reviewer.villageSettings.history.heading')}</h2>
      {changes.length === 0 ? (
        <p>{t('reviewer.villageSettings.history.empty')}</p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={`${change.changedAt}-${change.setting}-${change.to}`}>
              {t('reviewer.villageSettings.history.entry', {
                time: chinaDateTime(change.changedAt),
                who: change.changedBy,
                setting: t(`reviewer.villageSettings.settingName.${change.setting}`),
                from: settingValueText(t, change.setting, change.from),
                to: settingValueText(t, change.setting, change.to),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
