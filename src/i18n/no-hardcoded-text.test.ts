// User-facing text belongs in the locale files. This catches Chinese typed straight into
// components, which would show untranslated in English. Comments may explain in Chinese
// terms (长辈模式, 先审后发); tests may assert the Chinese a user sees.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '..');
const SCANNED_DIRS = ['app', 'ui', 'features'];
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Removes block and line comments. String contents stay (a URL's // is kept by the lookbehind). */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(?<![:'"`\\])\/\/.*$/gm, '');
}

describe('no hard-coded Chinese text', () => {
  it('finds Chinese in code and ignores it in comments', () => {
    expect(HAN.test(stripComments("const a = '\u4e2d';"))).toBe(true);
    expect(HAN.test(stripComments('// \u4e2d\n/* \u6587 */ const a = 1;'))).toBe(false);
  });

  it.each(SCANNED_DIRS)('src/%s has no Chinese outside comments', (dir) => {
    const offenders = sourceFiles(path.join(SRC, dir)).flatMap((file) =>
      stripComments(readFileSync(file, 'utf8'))
        .split('\n')
        .filter((line) => HAN.test(line))
        .map((line) => `${path.relative(SRC, file)}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
