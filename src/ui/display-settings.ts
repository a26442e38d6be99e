// The reader's display choices (长辈模式 and text size): remembered on this device and
// applied as attributes on <html>, which select the design tokens (token-css.ts). Kept
// outside React so main.tsx can apply them before the first paint.
import { TEXT_SIZES, type TextSize } from './tokens';

export interface DisplaySettings {
  isElderMode: boolean;
  textSize: TextSize;
}

export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = {
  isElderMode: false,
  textSize: 'standard',
};

/** localStorage keys; e2e tests may set them before loading a page. */
export const ELDER_MODE_STORAGE_KEY = 'cunwu.elderMode';
export const TEXT_SIZE_STORAGE_KEY = 'cunwu.textSize';

function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (TEXT_SIZES as readonly string[]).includes(value);
}

export function loadDisplaySettings(): DisplaySettings {
  try {
    const textSize = localStorage.getItem(TEXT_SIZE_STORAGE_KEY);
    return {
      isElderMode: localStorage.getItem(ELDER_MODE_STORAGE_KEY) === 'true',
      textSize: isTextSize(textSize) ? textSize : DEFAULT_DISPLAY_SETTINGS.textSize,
    };
  } catch {
    return DEFAULT_DISPLAY_SETTINGS;
  }
}

export function storeDisplaySettings(settings: DisplaySettings): void {
  try {
    localStorage.setItem(ELDER_MODE_STORAGE_KEY, String(settings.isElderMode));
    localStorage.setItem(TEXT_SIZE_STORAGE_KEY, settings.textSize);
  } catch {
    // Storage refused (private mode): the choice still applies until the page closes.
  }
}

export function applyDisplaySettings(
  settings: DisplaySettings,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.elder = String(settings.isElderMode);
  root.dataset.textSize = settings.textSize;
}
