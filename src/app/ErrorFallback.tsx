import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../a11y/usePageTitle';

/**
 * What a person sees when a screen crashes: plain words, the reassurance that saved
 * records are safe (they live in IndexedDB, not in the crashed screen), and a reload.
 * `standalone` when the frame itself failed and there is no surrounding <main>.
 */
export function ErrorFallback({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t('errorPage.title'));
  const content = (
    <div className="error-page" role="alert">
      <h1>{t('errorPage.title')}</h1>
      <p>{t('errorPage.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errorPage.reload')}
      </button>
    </div>
  );
  return standalone ? (
    <main id="main" tabIndex={-1} className="layout__main">
      {content}
    </main>
  ) : (
    content
  );
}
