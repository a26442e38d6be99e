// Maps a failed local save to the sentence the person reads. Storage codes come from
// src/data; command refusals (locked, not-found) share the error keys of the server.
import type { StorageError } from '../../data/storage-errors';

export type SaveErrorKey = `errors.${StorageError['code']}` | 'errors.unknown';

export function saveErrorKey(error: { code?: unknown }): SaveErrorKey {
  switch (error.code) {
    case 'storage-full':
    case 'storage-failed':
    case 'storage-blocked':
    case 'invalid':
      return `errors.${error.code}`;
    default:
      return 'errors.unknown';
  }
}
