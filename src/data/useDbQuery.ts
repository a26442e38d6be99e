// The one way features read the database from React: a live query that re-renders when
// the rows it read change (in this tab or another). Features pass a query function from
// their *-queries.ts; they never import Dexie themselves.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppDatabase } from './app-database';
import { getDatabase } from './database';

export function useDbQuery<T>(
  query: (db: AppDatabase) => Promise<T> | T,
  deps: readonly unknown[],
): T | undefined;
export function useDbQuery<T, TDefault>(
  query: (db: AppDatabase) => Promise<T> | T,
  deps: readonly unknown[],
  defaultResult: TDefault,
): T | TDefault;
export function useDbQuery<T, TDefault>(
  query: (db: AppDatabase) => Promise<T> | T,
  deps: readonly unknown[],
  defaultResult?: TDefault,
): T | TDefault | undefined {
  const db = getDatabase();
  // `deps` are the query's inputs (e.g. the village code); the database is one too, so a
  // test or a reset that swaps it re-runs the query.
  return useLiveQuery(() => query(db), [db, ...deps], defaultResult);
}
