import { useRef } from 'react';
import { Outlet } from 'react-router';
import { MAIN_CONTENT_ID, SkipLink } from '../a11y/SkipLink';
import { useFocusMainOnNavigate } from '../a11y/useFocusMainOnNavigate';
import { UpdatePromptSlot } from '../pwa/UpdatePromptSlot';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';

/** The frame of every page: skip link first, header, update notice, the page, footer. */
export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(mainRef);
  return (
    <div className="layout">
      <SkipLink />
      <AppHeader />
      <UpdatePromptSlot />
      {/* tabIndex -1: the skip link and route changes can move focus here. */}
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className="layout__main">
        <Outlet />
      </main>
      <AppFooter />
    </div>
  );
}
