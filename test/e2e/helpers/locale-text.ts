// Looks up the Simplified Chinese text of a locale key so tests find controls by the name a
// user sees (and a screen reader announces), and keep passing when the wording is edited.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './start-server';

type LocaleTree = { [key: string]: string | LocaleTree };

let cached: LocaleTree | undefined;

function readTree(file: string): LocaleTree {
  return JSON.parse(
    readFileSync(path.join(repoRoot, 'src/i18n/locales', file), 'utf8'),
  ) as LocaleTree;
}

/** The core file plus every feature file (zh-CN/<feature>.json, one top-level key each). */
function zhCN(): LocaleTree {
  cached ??= Object.assign(
    readTree('zh-CN.json'),
    ...readdirSync(path.join(repoRoot, 'src/i18n/locales/zh-CN'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => readTree(`zh-CN/${file}`)),
  ) as LocaleTree;
  return cached;
}

function lookup(key: string): string | undefined {
  let node: string | LocaleTree | undefined = zhCN();
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The zh-CN text for a dotted key. Without values, i18next placeholders stay as written
 * ("{{count}} 条待同步"); with values they are filled in. Plural keys resolve to their `_other`
 * form (Chinese has no plural forms). Throws on an unknown key so a typo fails loudly.
 */
/** Values for {{placeholders}}; any object, so a page model's typed record can be passed as is. */
export type LocaleValues = object;

export function t(key: string, values?: LocaleValues): string {
  const text = lookup(key) ?? lookup(`${key}_other`);
  if (text === undefined) throw new Error(`locale key not found in the zh-CN locale files: ${key}`);
  if (!values) return text;
  return text.replace(/\{\{\s*([\w.]+)[^}]*\}\}/g, (placeholder, name: string) =>
    name in values ? String((values as Record<string, unknown>)[name]) : placeholder,
  );
}

/**
 * A RegExp matching the text of key: placeholders given in values are filled in, every other
 * {{placeholder}} matches anything ("1 条待同步 · 上次同步 10:42" for sync.summary, count 1).
 */
export function tPattern(key: string, values: LocaleValues = {}): RegExp {
  const parts = t(key, values).split(/\{\{[^}]*\}\}/);
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('.+?'));
}
