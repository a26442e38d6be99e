// The languages the interface offers and where the choice is remembered. Simplified
// Chinese is the default and the fallback: every key exists there first.
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE = 'zh-CN' satisfies Language;

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'cunwu.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered language, or the default when none (or storage is unavailable). */
export function loadStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Private mode or a locked-down WebView: fall back rather than break the first screen.
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering the language is acceptable; failing to switch it is not.
  }
}
