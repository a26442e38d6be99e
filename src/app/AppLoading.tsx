import { useTranslation } from 'react-i18next';

/** Shown for the moment the first screen's code loads. */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <p className="app-loading" role="status">
      {t('app.loading')}
    </p>
  );
}
