import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After an in-app navigation, move focus to the main region, as a full page load would
 * reset it: otherwise a screen reader stays on the link just used and never hears the
 * new page. The first render is left alone so the skip link remains the first stop.
 */
export function useFocusMainOnNavigate(mainRef: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    // preventScroll: a page that scrolls to an anchor (#village-picker) keeps its position.
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, mainRef]);
}
