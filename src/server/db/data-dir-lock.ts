// One server process per SQLite data directory. Two processes on one file would each
// believe they hand out the version numbers, so the second one must refuse to start.
//
// The lock is an OS-level file lock (SQLite's own fcntl lock on DATA_DIR/cunwu.lock, held
// by a transaction that stays open while the server runs). The kernel drops it when the
// process dies, even by SIGKILL, so a crashed server never leaves the directory stuck.
// The pid file beside it only makes the error message helpful; it is not the lock.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export const LOCK_FILE = 'cunwu.lock';
export const PID_FILE = 'cunwu.pid';

export class DataDirInUseError extends Error {
  readonly code = 'data-dir-in-use';
}

export interface DataDirLock {
  release(): void;
}

function readHolderPid(dataDir: string): string | null {
  try {
    const pid = readFileSync(path.join(dataDir, PID_FILE), 'utf8').trim();
    return /^\d+$/.test(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** Takes the directory's lock or throws DataDirInUseError with a plain explanation. */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockDb = new BetterSqlite3(path.join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    lockDb.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lockDb.close();
    if (!isBusy(error)) throw error;
    const pid = readHolderPid(dataDir);
    const holder = pid ? `another server process (pid ${pid})` : 'another server process';
    throw new DataDirInUseError(
      `The data directory ${dataDir} is in use by ${holder}. ` +
        'Stop that process first, or set DATA_DIR to another folder.',
    );
  }
  writeFileSync(path.join(dataDir, PID_FILE), `${process.pid}\n`);
  let isReleased = false;
  return {
    release(): void {
      if (isReleased) return;
      isReleased = true;
      rmSync(path.join(dataDir, PID_FILE), { force: true });
      lockDb.exec('ROLLBACK');
      lockDb.close();
    },
  };
}
