import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

describe('diffLines', () => {
  it.each([
    ['unchanged', 'a\nb', 'a\nb', ['=a', '=b']],
    ['a line added at the end', 'a\nb', 'a\nb\nc', ['=a', '=b', '+c']],
    ['a line changed in the middle', 'a\nb\nc', 'a\nB\nc', ['=a', '-b', '+B', '=c']],
    ['everything replaced', 'a', 'b', ['-a', '+b']],
  ])('%s', (_name, before, after, expected) => {
    const marks = { same: '=', added: '+', removed: '-' } as const;
    expect(diffLines(before, after).map((l) => `${marks[l.change]}${l.text}`)).toEqual(expected);
  });
});
