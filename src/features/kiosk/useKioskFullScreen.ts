import { useEffect } from 'react';

/**
 * A kiosk fills its screen: on the first tap (or key) it asks the browser for real full
 * screen, and asks again on the next tap whenever it has been left (Esc, a system dialog),
 * so a resident never ends up looking at browser tabs. Browsers only allow this after a
 * user action, and some refuse it altogether (a locked-down kiosk browser, headless test
 * runs): a refusal is ignored and the kiosk works the same in its window.
 */
export function useKioskFullScreen(): void {
  useEffect(() => {
    const root = document.documentElement;
    const enter = () => {
      if (!document.fullscreenEnabled || document.fullscreenElement) return;
      if (typeof root.requestFullscreen !== 'function') return;
      root.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
        // Refused: the kiosk stays in its window, nothing else changes.
      });
    };
    // click and keydown carry the user activation the browser asks for (a touch's
    // pointerdown does not).
    document.addEventListener('click', enter, true);
    document.addEventListener('keydown', enter, true);
    return () => {
      document.removeEventListener('click', enter, true);
      document.removeEventListener('keydown', enter, true);
    };
  }, []);
}
