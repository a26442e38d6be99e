import { useRef } from 'react';
import { Outlet } from 'react-router';
import { MAIN_CONTENT_ID, SkipLink } from '../a11y/SkipLink';
import { useFocusMainOnNavigate } from '../a11y/useFocusMainOnNavigate';
import { useSession } from '../data/session-store';
import { UpdatePromptSlot } from '../pwa/UpdatePromptSlot';
import { useSyncStatus } from '../sync/useSyncStatus';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { SessionExpiredBanner } from './SessionExpiredBanner';

/**
 * The frame of every page: skip link first, header, update and sign-in notices, the
 * page, footer. Sync status is read once here (the hook also tells the scheduler about
 * new saves) and handed to the parts that show it.
 */
export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(mainRef);
  const session = useSession();
  const syncStatus = useSyncStatus();
  return (
    <div className="layout">
      <SkipLink />
      <AppHeader session={session} pendingCount={syncStatus.pendingCount} />
      <UpdatePromptSlot />
      {syncStatus.phase === 'session-expired' && session && (
        <SessionExpiredBanner username={session.user.username} />
      )}
      {/* tabIndex -1: the skip link and route changes can move focus here. */}
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className="layout__main">
        <Outlet />
      </main>
      <AppFooter syncStatus={syncStatus} />
    </div>
  );
}
