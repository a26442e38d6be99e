import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StorageError, toStorageError, type StorageErrorCode } from './storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStorageError', () => {
  const cases: [string, unknown, StorageErrorCode][] = [
    ['a QuotaExceededError DOMException', quota(), 'storage-full'],
    ['Dexie AbortError wrapping QuotaExceededError', new Dexie.AbortError('aborted', quota()), 'storage-full'],
    ['an error with the quota error as inner', { name: 'Error', inner: quota() }, 'storage-full'],
    [
      'two levels of Dexie wrapping',
      new Dexie.OpenFailedError(new Dexie.AbortError('aborted', quota())),
      'storage-full',
    ],
    ['an object named QuotaExceededError', { name: 'QuotaExceededError' }, 'storage-full'],
    ['a bare error object with the legacy code 22', { code: 22, message: 'quota' }, 'storage-full'],
    ['a Dexie error wrapping legacy code 22', new Dexie.AbortError('aborted', { code: 22 }), 'storage-full'],
    ['an unrelated error that happens to carry code 22', { name: 'ConstraintError', code: 22 }, 'storage-failed'],
    ['IndexedDB missing (private mode)', new Dexie.MissingAPIError('no indexedDB'), 'storage-blocked'],
    ['the database was closed by an upgrade', new Dexie.DatabaseClosedError(), 'storage-blocked'],
    ['a zod validation error', z.string().safeParse(1).error, 'invalid'],
    ['an unrelated abort', new Dexie.AbortError('aborted', new Error('boom')), 'storage-failed'],
    ['a ConstraintError', new Dexie.ConstraintError('key exists'), 'storage-failed'],
    ['a string', 'weird', 'storage-failed'],
    ['null', null, 'storage-failed'],
  ];

  it.each(cases)('recognises %s', (_label, error, code) => {
    const converted = toStorageError(error);
    expect(converted).toBeInstanceOf(StorageError);
    expect(converted.code).toBe(code);
  });

  it('passes a StorageError through unchanged', () => {
    const original = new StorageError('invalid');
    expect(toStorageError(original)).toBe(original);
  });

  it('keeps the original error as cause for diagnosis', () => {
    const original = quota();
    expect(toStorageError(original).cause).toBe(original);
  });
});
