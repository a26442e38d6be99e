import { useTranslation } from 'react-i18next';
import { useDisplaySettings } from '../ui/display-settings-context';

/**
 * 长辈模式: larger text, high contrast, bigger targets. A switch whose state is also
 * written in words (开/关) beside the name, never shown by colour alone; the words are
 * hidden from screen readers, which announce aria-checked instead.
 */
export function ElderModeSwitch() {
  const { t } = useTranslation();
  const { isElderMode, setElderMode } = useDisplaySettings();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={isElderMode}
      className="switch"
      onClick={() => setElderMode(!isElderMode)}
    >
      <span className="switch__label">{t('settings.elderMode')}</span>
      <span className="switch__state" aria-hidden="true">
        {isElderMode ? t('settings.on') : t('settings.off')}
      </span>
    </button>
  );
}
