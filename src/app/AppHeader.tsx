import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ElderModeSwitch } from './ElderModeSwitch';
import { LanguageSelect } from './LanguageSelect';
import { MainNav } from './MainNav';
import { TextSizeChoice } from './TextSizeChoice';

/** App name (not the page's h1: each page has its own), navigation and display settings. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link className="app-header__name" to="/">
          {t('app.name')}
        </Link>
        <MainNav />
      </div>
      <section className="display-settings" aria-label={t('a11y.displaySettings')}>
        <LanguageSelect />
        <ElderModeSwitch />
        <TextSizeChoice />
      </section>
    </header>
  );
}
