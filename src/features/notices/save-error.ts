// Maps a failed local save or submit to the key of the sentence the cadre reads.
const KNOWN = [
  'storage-full',
  'storage-failed',
  'storage-blocked',
  'invalid',
  'locked',
  'not-found',
  'correction-target-invalid',
  'superseded',
] as const;

export type NoticeSaveErrorKey = `errors.${(typeof KNOWN)[number]}` | 'errors.unknown';

export function noticeSaveErrorKey(error: unknown): NoticeSaveErrorKey {
  const code = (error as { code?: unknown } | null)?.code;
  const known = KNOWN.find((k) => k === code);
  return known ? `errors.${known}` : 'errors.unknown';
}
