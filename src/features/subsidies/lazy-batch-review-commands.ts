// Loads the author's review steps on demand: they validate the queued mutation with the
// shared zod schemas, which the batch screen does not need to show itself.
import type * as BatchReviewCommands from './batch-review-commands';

let loading: Promise<typeof BatchReviewCommands> | null = null;

export function loadBatchReviewCommands(): Promise<typeof BatchReviewCommands> {
  loading ??= import('./batch-review-commands').catch((error: unknown) => {
    // Lost signal on a first visit: the next tap must be able to try again.
    loading = null;
    throw error;
  });
  return loading;
}
