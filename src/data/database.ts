// The app's one database connection, created lazily so tests and tools can substitute
// their own (setDatabaseForTests) before anything opens it.
import { AppDatabase } from './app-database';

export const DEFAULT_DATABASE_NAME = 'cunwu';

let instance: AppDatabase | null = null;

/** A connection to the named database; Dexie opens it on first use. */
export function openDatabase(name: string = DEFAULT_DATABASE_NAME): AppDatabase {
  return new AppDatabase(name);
}

/** The database the app reads and writes. */
export function getDatabase(): AppDatabase {
  instance ??= openDatabase();
  return instance;
}

/** Make getDatabase() (and every hook) use `db`; null goes back to the default. */
export function setDatabaseForTests(db: AppDatabase | null): void {
  instance = db;
}
