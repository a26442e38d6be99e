import { describe, expect, it, vi } from 'vitest';
import { isPublicPath, startOutsidePublicPages, type LocationSource } from './public-paths';

describe('isPublicPath', () => {
  it.each([
    ['/v/360735101200', true],
    ['/v/360735101200/', true],
    ['/kiosk', true],
    ['/kiosk/', true],
    ['/', false],
    ['/login', false],
    ['/village/360735101200', false],
    ['/review', false],
    ['/video', false],
    ['/kiosks', false],
  ])('%s → %s', (pathname, expected) => {
    expect(isPublicPath(pathname)).toBe(expected);
  });
});

function fakeRouter(pathname: string) {
  const listeners = new Set<(state: { location: { pathname: string } }) => void>();
  const router: LocationSource & { go(path: string): void; listenerCount(): number } = {
    state: { location: { pathname } },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    go(path) {
      router.state = { location: { pathname: path } };
      for (const listener of [...listeners]) listener(router.state);
    },
    listenerCount: () => listeners.size,
  };
  return router;
}

describe('startOutsidePublicPages', () => {
  it('starts at once on a staff page', () => {
    const start = vi.fn();
    startOutsidePublicPages(fakeRouter('/village/360735101200'), start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits on the public page and starts once when the person moves on', () => {
    const router = fakeRouter('/v/360735101200');
    const start = vi.fn();
    startOutsidePublicPages(router, start);
    expect(start).not.toHaveBeenCalled();
    router.go('/kiosk');
    expect(start).not.toHaveBeenCalled();
    router.go('/login');
    router.go('/');
    expect(start).toHaveBeenCalledTimes(1);
    expect(router.listenerCount()).toBe(0);
  });
});
