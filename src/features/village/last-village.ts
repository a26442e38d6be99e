// The village this device last worked on, so the navigation can lead straight back to
// its workspace. A convenience only: the village code in the address is what counts.
// A tiny store, so the navigation updates as soon as a village page is opened.

export const LAST_VILLAGE_STORAGE_KEY = 'cunwu.lastVillage';

const listeners = new Set<() => void>();

export function loadLastVillageCode(): string | null {
  try {
    const code = localStorage.getItem(LAST_VILLAGE_STORAGE_KEY);
    return code !== null && /^\d{12}$/.test(code) ? code : null;
  } catch {
    return null;
  }
}

export function storeLastVillageCode(code: string): void {
  try {
    if (localStorage.getItem(LAST_VILLAGE_STORAGE_KEY) === code) return;
    localStorage.setItem(LAST_VILLAGE_STORAGE_KEY, code);
  } catch {
    // Forgetting the last village only costs one extra tap.
    return;
  }
  for (const listener of listeners) listener();
}

export function subscribeLastVillageCode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
