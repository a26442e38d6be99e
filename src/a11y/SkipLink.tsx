import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main';

/**
 * The first focusable element on every page: keyboard and switch users jump past the
 * header and settings straight to the page content. Visible when focused.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
      {t('a11y.skipToContent')}
    </a>
  );
}
