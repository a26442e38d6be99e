// A first visit that loses its signal before the save code arrives: the save fails once
// (and says so), and the next tap, with the signal back, saves.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./batch-commands');
  vi.resetModules();
});

describe('loadBatchCommands', () => {
  it('tries the download again after it failed', async () => {
    let isOffline = true;
    vi.doMock('./batch-commands', async (importOriginal) => {
      if (isOffline) throw new TypeError('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    const { loadBatchCommands } = await import('./lazy-batch-commands');

    // (vitest wraps the thrown error in its own message)
    await expect(loadBatchCommands()).rejects.toThrow();
    isOffline = false;
    const commands = await loadBatchCommands();
    expect(commands.createBatchDraft).toBeTypeOf('function');
  });
});
