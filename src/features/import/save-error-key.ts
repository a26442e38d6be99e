// Maps a failed import save to the sentence the cadre reads. Whatever the failure, the
// transaction wrote nothing, and the sentence says so.
export type ImportSaveErrorKey =
  | 'import.saveErrors.locked'
  | 'import.saveErrors.not-found'
  | 'import.saveErrors.storage-full'
  | 'import.saveErrors.failed';

export function saveErrorKeyOf(error: unknown): ImportSaveErrorKey {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'locked' || code === 'not-found' || code === 'storage-full') {
    return `import.saveErrors.${code}`;
  }
  return 'import.saveErrors.failed';
}
