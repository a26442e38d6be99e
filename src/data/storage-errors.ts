// Typed errors of the local database layer. The UI maps `code` to a plain sentence;
// a full disk in particular must be told to the user in words ("手机存储空间已满"),
// not shown as a stack trace, because their unsynced records are at stake.
// Owns: recognising IndexedDB/Dexie failures. Does not own: server errors (src/sync).

export type StorageErrorCode = 'storage-full' | 'storage-failed' | 'storage-blocked' | 'invalid';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.code = code;
  }
}

/** Codes a local command refuses with before anything is written. */
export type CommandErrorCode =
  | 'locked'
  | 'not-found'
  // A correction (更正) only starts from a published item that no correction replaced yet;
  // the same codes as the server's, so the same sentences explain them.
  | 'correction-target-invalid'
  | 'superseded';

/** A business rule checked on the device refused the command (the server re-checks it). */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  readonly code: CommandErrorCode;

  constructor(code: CommandErrorCode, message?: string) {
    super(message ?? code);
    this.code = code;
  }
}

/** Legacy DOMException code for QuotaExceededError, still the only signal on some WebViews. */
const QUOTA_EXCEEDED_CODE = 22;

/** Failures that mean "the database cannot be used right now" (other tab, private mode, closed). */
const BLOCKED_NAMES = new Set([
  'MissingAPIError',
  'SecurityError',
  'DatabaseClosedError',
  'VersionChangeError',
  'VersionError',
  'BlockedError',
  'InvalidStateError',
]);

const INVALID_NAMES = new Set(['ZodError', 'DataError', 'DataCloneError']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
}

function asErrorLike(e: unknown): ErrorLike | null {
  return typeof e === 'object' && e !== null ? (e as ErrorLike) : null;
}

function isQuotaError(e: ErrorLike): boolean {
  if (e.name === 'QuotaExceededError') return true;
  // Old WebViews report only the numeric code, on a DOMException or a bare error object.
  if (e.code !== QUOTA_EXCEEDED_CODE) return false;
  const isDomException = typeof DOMException !== 'undefined' && e instanceof DOMException;
  return isDomException || e.name === undefined || e.name === 'Error';
}

/**
 * The chain of errors Dexie may nest: a full disk arrives as an AbortError whose `inner`
 * is the QuotaExceededError, sometimes one level deeper (OpenFailedError → AbortError → …).
 */
function errorChain(e: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current = asErrorLike(e);
  while (current && chain.length < 5 && !chain.includes(current)) {
    chain.push(current);
    current = asErrorLike(current.inner) ?? asErrorLike(current.cause);
  }
  return chain;
}

/** Convert anything thrown by IndexedDB or Dexie into a StorageError the UI can explain. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const chain = errorChain(e);
  const message = e instanceof Error ? e.message : String(e);
  if (chain.some(isQuotaError)) return new StorageError('storage-full', message, { cause: e });
  if (chain.some((x) => typeof x.name === 'string' && BLOCKED_NAMES.has(x.name))) {
    return new StorageError('storage-blocked', message, { cause: e });
  }
  if (chain.some((x) => typeof x.name === 'string' && INVALID_NAMES.has(x.name))) {
    return new StorageError('invalid', message, { cause: e });
  }
  return new StorageError('storage-failed', message, { cause: e });
}
