// Strings of the bigger features live in their own files (locales/<language>/<feature>.json,
// each holding one top-level key named like the file) and are loaded with the feature's
// code, so the first screen does not carry the text of screens it never shows. A route
// or a lazily opened panel awaits loadFeatureStrings() before it renders; switching
// language loads the new language's copy of every feature loaded so far.
import i18next, { type i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE } from './languages';

type Loader = () => Promise<{ default: unknown }>;

const files = import.meta.glob<{ default: unknown }>('./locales/*/*.json');

/** Feature names, one per file pair: lines, import, print, notices, reviewer, … */
export type FeatureName =
  | 'lines'
  | 'import'
  | 'print'
  | 'notices'
  | 'reviewer'
  | 'publicView'
  | 'kioskView'
  | 'publishing'
  | 'objections';

const loaded = new Set<FeatureName>();

function loaderFor(language: string, feature: FeatureName): Loader | undefined {
  return files[`./locales/${language}/${feature}.json`];
}

async function addBundle(instance: I18n, language: string, feature: FeatureName): Promise<void> {
  const load = loaderFor(language, feature);
  if (!load) return;
  const module = await load();
  instance.addResourceBundle(language, 'translation', module.default, true, true);
}

/**
 * Make the strings of these features available in the current language (and in zh-CN,
 * the fallback) before a screen that uses them renders.
 */
export async function loadFeatureStrings(
  features: FeatureName[],
  instance: I18n = i18next,
): Promise<void> {
  const languages = new Set([DEFAULT_LANGUAGE, instance.language || DEFAULT_LANGUAGE]);
  await Promise.all(
    features.flatMap((feature) => {
      loaded.add(feature);
      return [...languages].map((language) => addBundle(instance, language, feature));
    }),
  );
}

/** Load the given language's copy of every feature loaded so far (used on a language switch). */
export async function loadLoadedFeatureStrings(language: string, instance: I18n): Promise<void> {
  await Promise.all([...loaded].map((feature) => addBundle(instance, language, feature)));
}

/** Run a lazy import and load the feature strings it needs alongside, for route `lazy`. */
export async function withFeatureStrings<T>(
  features: FeatureName[],
  importer: () => Promise<T>,
): Promise<T> {
  const [module] = await Promise.all([importer(), loadFeatureStrings(features)]);
  return module;
}
