// Loads the batch commands on demand. They validate every queued mutation with the shared
// zod schemas (about 25 KB gzip), which the village screen does not need to show itself:
// loading them with the screen pushed a first visit over its 170 KB budget. The form starts
// the load as soon as the cadre begins filling it in, so the save does not wait for it.
import type * as BatchCommands from './batch-commands';

let loading: Promise<typeof BatchCommands> | null = null;

/** The batch commands module; one download, shared by every caller. */
export function loadBatchCommands(): Promise<typeof BatchCommands> {
  loading ??= import('./batch-commands').catch((error: unknown) => {
    // A first visit that lost its signal must be able to try again once it is back.
    loading = null;
    throw error;
  });
  return loading;
}
