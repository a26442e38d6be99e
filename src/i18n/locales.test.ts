// The locale files are the only place user-facing text lives; both languages must say
// everything (no key missing, nothing empty) with the same placeholders.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../domain/mutations';
import { REVIEW_STATES } from '../domain/review';
import type { StorageErrorCode } from '../data/storage-errors';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// i18next plural forms: English needs _one/_other where Chinese has one form.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const featureFiles = import.meta.glob<{ default: Tree }>('./locales/*/*.json', { eager: true });

function featuresOf(language: string): Array<[name: string, tree: Tree]> {
  return Object.entries(featureFiles)
    .filter(([path]) => path.startsWith(`./locales/${language}/`))
    .map(([path, module]) => [path.replace(/^.*\/|\.json$/g, ''), module.default]);
}

function merged(core: Tree, language: string): Tree {
  return Object.assign({}, core, ...featuresOf(language).map(([, tree]) => tree)) as Tree;
}

const locales = {
  'zh-CN': flatten(merged(zhCN as Tree, 'zh-CN')),
  en: flatten(merged(en as Tree, 'en')),
};

describe('locale files', () => {
  it.each(['zh-CN', 'en'])(
    '%s feature files each hold one top-level key named like the file, not used by the core file',
    (language) => {
      const core = language === 'en' ? (en as Tree) : (zhCN as Tree);
      for (const [name, tree] of featuresOf(language)) {
        expect(Object.keys(tree), name).toEqual([name]);
        expect(Object.keys(core), name).not.toContain(name);
      }
      expect(
        featuresOf(language)
          .map(([name]) => name)
          .sort(),
      ).toEqual(
        featuresOf('zh-CN')
          .map(([name]) => name)
          .sort(),
      );
    },
  );

  it('have the same keys in zh-CN and en (plural forms counted once)', () => {
    const keys = (m: Map<string, string>) => [...new Set([...m.keys()].map(baseKey))].sort();
    expect(keys(locales.en)).toEqual(keys(locales['zh-CN']));
  });

  it.each(Object.entries(locales))('%s has no empty text', (_lng, entries) => {
    const empty = [...entries].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('give every English plural family an _one and an _other form', () => {
    const families = new Set(
      [...locales.en.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(baseKey),
    );
    for (const family of families) {
      expect(locales.en.has(`${family}_one`), family).toBe(true);
      expect(locales.en.has(`${family}_other`), family).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of locales.en) {
      const zh = locales['zh-CN'].get(key) ?? locales['zh-CN'].get(baseKey(key));
      expect(placeholders(text), key).toEqual(placeholders(zh ?? ''));
    }
  });

  it('translate every error code, review state and storage failure the app can meet', () => {
    const storageCodes: StorageErrorCode[] = [
      'storage-full',
      'storage-failed',
      'storage-blocked',
      'invalid',
    ];
    const required = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      ...storageCodes.map((c) => `errors.${c}`),
      ...REVIEW_STATES.map((s) => `reviewState.${s}`),
      ...['local-only', 'pending', 'synced', 'returned', 'conflict'].map((s) => `syncState.${s}`),
    ];
    const missing = required.filter((key) => !locales['zh-CN'].has(key));
    expect(missing).toEqual([]);
  });
});
