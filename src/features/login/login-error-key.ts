// Turns whatever a sign-in attempt threw into the locale key of a plain sentence:
// the server's or the network's code (errors.bad-credentials, errors.offline, …), a
// local storage failure (the session could not be kept), or errors.unknown.
import { StorageError } from '../../data';
import { isApiError, type ApiErrorCode } from '../../sync';

export type LoginErrorKey =
  `errors.${ApiErrorCode}` | `errors.${StorageError['code']}` | 'errors.unknown' | 'login.missing';

export function loginErrorKey(error: unknown): LoginErrorKey {
  if (isApiError(error)) return `errors.${error.code}`;
  if (error instanceof StorageError) return `errors.${error.code}`;
  return 'errors.unknown';
}
