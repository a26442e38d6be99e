// Which pages residents open without signing in: the village page behind the QR code on
// the paper notice (/v/:villageCode) and the kiosk (/kiosk, which keeps its own copy of
// the board). Neither reads or writes the outbox, so the composition root does not start
// the sync engine (and download its schemas) on them: on a phone with a weak signal that
// code would compete with the page the resident came for. Sync starts as soon as the
// person moves on to any other page, so a cadre's unsynced records still go up.

/** True for the resident-facing pages that need no sync engine. */
export function isPublicPath(pathname: string): boolean {
  return /^\/(v|kiosk)(\/|$)/.test(pathname);
}

/** The part of the router this module needs (a react-router data router fits). */
export interface LocationSource {
  state: { location: { pathname: string } };
  subscribe(listener: (state: { location: { pathname: string } }) => void): () => void;
}

/**
 * Runs `start` once: at once on a staff page, or on a public page as soon as the person
 * navigates to a page that is not public.
 */
export function startOutsidePublicPages(router: LocationSource, start: () => void): void {
  if (!isPublicPath(router.state.location.pathname)) {
    start();
    return;
  }
  const unsubscribe = router.subscribe((state) => {
    if (isPublicPath(state.location.pathname)) return;
    unsubscribe();
    start();
  });
}
