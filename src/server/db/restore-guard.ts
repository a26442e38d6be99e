// Notices when a SQLite data directory's database went back in time (a backup copied over
// it) and gives the database a new epoch, so every device pulls everything again instead
// of silently missing changes whose version numbers the restored database hands out anew.
// It keeps a high-water mark (epoch + version) in DATA_DIR/cunwu.version, written at open,
// every 30 s and at close. A restore that also copies an old mark file goes unnoticed:
// after such a restore, run `npm run admin -- new-epoch`.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './schema';
import { readServerState, rotateEpoch, type ServerState } from './server-state';

export const MARK_FILE = 'cunwu.version';
const MARK_INTERVAL_MS = 30_000;

function readMark(dataDir: string): ServerState | null {
  try {
    const mark = JSON.parse(
      readFileSync(path.join(dataDir, MARK_FILE), 'utf8'),
    ) as Partial<ServerState>;
    return typeof mark.epoch === 'string' && typeof mark.version === 'number'
      ? { epoch: mark.epoch, version: mark.version }
      : null;
  } catch {
    return null;
  }
}

function writeMark(dataDir: string, state: ServerState): void {
  const file = path.join(dataDir, MARK_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

export interface RestoreGuard {
  /** true when this open found the database behind its mark and gave it a new epoch */
  wasRestored: boolean;
  stop(): Promise<void>;
}

export async function guardAgainstRestore(db: Db, dataDir: string): Promise<RestoreGuard> {
  const mark = readMark(dataDir);
  const state = await readServerState(db);
  const wasRestored = mark !== null && mark.epoch === state.epoch && mark.version > state.version;
  if (wasRestored) await rotateEpoch(db);
  const refresh = async (): Promise<void> => writeMark(dataDir, await readServerState(db));
  await refresh();
  const timer = setInterval(() => {
    refresh().catch(() => undefined); // a missed mark only weakens the guard until the next one
  }, MARK_INTERVAL_MS);
  timer.unref();
  return {
    wasRestored,
    async stop() {
      clearInterval(timer);
      await refresh();
    },
  };
}
