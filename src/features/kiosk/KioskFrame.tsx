import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIN_CONTENT_ID } from '../../a11y/SkipLink';
import { ElderModeSwitch } from '../../app/ElderModeSwitch';
import { LanguageSelect } from '../../app/LanguageSelect';
import { UpdatePromptSlot } from '../../pwa/UpdatePromptSlot';
import { useKioskFullScreen } from './useKioskFullScreen';

interface KioskFrameProps {
  /** the village whose board this is, once the screen is registered */
  villageName?: string;
  /** "最后更新 HH:mm" and the offline note, once there is a copy of the board */
  status?: ReactNode;
  children: ReactNode;
}

/**
 * The whole kiosk screen, with none of the staff frame (navigation, account, sync): a slim
 * bar with the village, when the board was last updated, the language and 长辈模式 (the
 * kiosk starts in it; a resident may turn it off), and the rest of the screen for content.
 */
export function KioskFrame({ villageName, status, children }: KioskFrameProps) {
  const { t } = useTranslation();
  useKioskFullScreen();
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="kiosk">
      <header className="kiosk-bar">
        <h1 className="kiosk-bar__title">
          {villageName && <span className="kiosk-bar__village">{villageName}</span>}{' '}
          {t('kiosk.title')}
        </h1>
        {status}
        <section className="kiosk-bar__settings" aria-label={t('a11y.displaySettings')}>
          <LanguageSelect />
          <ElderModeSwitch />
        </section>
      </header>
      {/* Registers the service worker (the kiosk works offline from it); a waiting update is
          applied by the idle reset, its banner shows until then. */}
      <UpdatePromptSlot />
      <div className="kiosk__content">{children}</div>
    </main>
  );
}
