// Loads the line commands on demand. They carry the pinyin dictionary (computed when a
// line is saved) and the shared zod schemas, together far more than the batch screen needs
// to show its lines. The line form starts the load when the cadre opens it, so the save
// does not wait for it.
import type * as LineCommands from './line-commands';

let loading: Promise<typeof LineCommands> | null = null;

/** The line commands module; one download, shared by every caller. */
export function loadLineCommands(): Promise<typeof LineCommands> {
  loading ??= import('./line-commands').catch((error: unknown) => {
    // Lost signal on a first visit: the next tap must be able to try again.
    loading = null;
    throw error;
  });
  return loading;
}
