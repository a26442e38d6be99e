import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets document.title to "<page> - <app name>": the first thing a screen reader says after navigation. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { title: pageTitle });
  }, [pageTitle, t]);
}
