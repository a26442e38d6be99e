// Sets up i18next for the whole app: zh-CN is bundled (first screen, fallback); English
// is a separate chunk loaded when chosen, which the service worker precaches like any
// other script so switching language works offline. Also keeps <html lang> and the
// remembered choice in step with the active language.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadLoadedFeatureStrings } from './feature-strings';
import zhCN from './locales/zh-CN.json';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  loadStoredLanguage,
  storeLanguage,
  type Language,
} from './languages';

const loaders: Record<
  Exclude<Language, typeof DEFAULT_LANGUAGE>,
  () => Promise<{ default: unknown }>
> = {
  en: () => import('./locales/en.json'),
};

// Tracked apart from i18next's store: a feature's strings may already sit in a language's
// bundle (feature-strings.ts) while the core strings of that language are still missing.
const loadedCore = new Set<Language>([DEFAULT_LANGUAGE]);

async function ensureLoaded(instance: I18n, language: Language): Promise<void> {
  if (language === DEFAULT_LANGUAGE || loadedCore.has(language)) return;
  const module = await loaders[language]();
  instance.addResourceBundle(language, 'translation', module.default, true, true);
  loadedCore.add(language);
}

function syncDocumentLanguage(language: string): void {
  // Screen readers pick their voice from <html lang>; a stale value reads English as Chinese.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Initialise the shared i18next instance with the remembered language. Call once before render. */
export async function initI18n(language: Language = loadStoredLanguage()): Promise<I18n> {
  const instance = i18next;
  if (!instance.isInitialized) {
    instance.on('languageChanged', (lng) => {
      syncDocumentLanguage(lng);
      if (isLanguage(lng)) storeLanguage(lng);
    });
    await instance.use(initReactI18next).init({
      resources: { [DEFAULT_LANGUAGE]: { translation: zhCN } },
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false }, // React escapes already
    });
  }
  await changeLanguage(language, instance);
  syncDocumentLanguage(instance.language);
  return instance;
}

/** Switch language, loading its strings first so the screen never shows raw keys. */
export async function changeLanguage(language: Language, instance: I18n = i18next): Promise<void> {
  await ensureLoaded(instance, language);
  await loadLoadedFeatureStrings(language, instance);
  await instance.changeLanguage(language);
}
