import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { isLanguage, LANGUAGES } from '../i18n/languages';

/** Native select: every phone renders it as a large, familiar picker. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="setting">
      <label className="setting__label" htmlFor={id}>
        {t('settings.language')}
      </label>
      <select
        id={id}
        className="setting__select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (isLanguage(language)) void changeLanguage(language);
        }}
      >
        {LANGUAGES.map((language) => (
          // Each language is named in itself, so a reader can find theirs whatever is showing.
          <option key={language} value={language} lang={language}>
            {t(`settings.languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
