// The author id for drafts made on this device until sign-in exists.
import { useEffect } from 'react';
import { getDatabase } from './database';
import { getLocalActorId, getMeta } from './meta';
import { useDbQuery } from './useDbQuery';

/** undefined while loading. */
export function useLocalActorId(): string | undefined {
  const actorId = useDbQuery((db) => getMeta(db, 'localActorId'), []);
  const db = getDatabase();
  // A live query may only read; if the id is somehow missing, create it outside the
  // query and the query picks it up.
  useEffect(() => {
    void getLocalActorId(db).catch(() => undefined);
  }, [db]);
  return actorId;
}
