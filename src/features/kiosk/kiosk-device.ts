// How this touch screen knows it is a kiosk of one village: the device token issued with
// `npm run admin -- create-kiosk --village <code>` and the village it belongs to, kept in
// localStorage (a credential, not resident data: it never goes into the public cache).
// The token is entered once, on the setup screen or by opening /kiosk?token=<token>;
// the address is cleaned at once so the token does not stay in the history.
//
// Test hook, documented here on purpose: localStorage `cunwu.kiosk.quietSeconds` sets
// how many seconds without a touch pass before the idle warning appears (default 150).
// The warning itself always lasts KIOSK_WARNING_MS (≥ 20 s, DOMAIN.md §8).

const DEVICE_KEY = 'cunwu.kiosk.device';
const QUIET_KEY = 'cunwu.kiosk.quietSeconds';

export const DEFAULT_QUIET_MS = 150_000;
export const KIOSK_WARNING_MS = 30_000;

export interface KioskDevice {
  token: string;
  villageCode: string;
}

export function readKioskDevice(): KioskDevice | null {
  try {
    const value = JSON.parse(
      localStorage.getItem(DEVICE_KEY) ?? 'null',
    ) as Partial<KioskDevice> | null;
    if (typeof value?.token === 'string' && typeof value.villageCode === 'string')
      return { token: value.token, villageCode: value.villageCode };
  } catch {
    // a damaged entry is the same as none: the setup screen asks again
  }
  return null;
}

export function saveKioskDevice(device: KioskDevice): void {
  localStorage.setItem(DEVICE_KEY, JSON.stringify(device));
}

export function forgetKioskDevice(): void {
  localStorage.removeItem(DEVICE_KEY);
}

/** The quiet time before the idle warning: the test hook, or the default. */
export function kioskQuietMs(): number {
  const seconds = Number(localStorage.getItem(QUIET_KEY));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_QUIET_MS;
}

/** A token handed over in the address (?token=…), removed from the address at once. */
export function takeTokenFromAddress(): string | null {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return null;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return token;
}
