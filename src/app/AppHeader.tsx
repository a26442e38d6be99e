import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeviceSession } from '../data/session-store';
import { AccountStatus } from './AccountStatus';
import { ElderModeSwitch } from './ElderModeSwitch';
import { LanguageSelect } from './LanguageSelect';
import { MainNav } from './MainNav';
import { TextSizeChoice } from './TextSizeChoice';

interface AppHeaderProps {
  /** who is signed in on this device; null when nobody, undefined while reading */
  session: DeviceSession | null | undefined;
  pendingCount: number;
}

/**
 * App name (not the page's h1: each page has its own), navigation, who is signed in and
 * display settings.
 */
export function AppHeader({ session, pendingCount }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link className="app-header__name" to="/">
          {t('app.name')}
        </Link>
        <MainNav isSignedIn={Boolean(session)} />
      </div>
      {session && <AccountStatus session={session} pendingCount={pendingCount} />}
      <section className="display-settings" aria-label={t('a11y.displaySettings')}>
        <LanguageSelect />
        <ElderModeSwitch />
        <TextSizeChoice />
      </section>
    </header>
  );
}
