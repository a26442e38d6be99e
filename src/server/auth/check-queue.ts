// A small queue that runs at most `limit` tasks at once and lets at most `maxWaiting` wait,
// in arrival order. Password checks go through one (password.ts): scrypt takes ~50 ms of a
// core and 16 MB each, so 200 phones signing in together must take turns instead of
// starving the event loop and every other request of CPU and memory. A waiting task always
// runs in the end; only a task arriving at a full queue is turned away, at once.
export class QueueFullError extends Error {
  constructor() {
    super('too many tasks waiting');
  }
}

export class CheckQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** the most tasks that ever ran at once, for tests and diagnostics */
  peakRunning = 0;

  constructor(
    readonly limit: number,
    readonly maxWaiting: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`bad queue limit ${limit}`);
  }

  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Runs `task` when a place is free. A task whose `signal` aborts while it waits (the
   * phone gave up and closed the connection) leaves the line without running: nobody would
   * read its answer, and the phones behind it should not wait for it.
   */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.running < this.limit) {
      this.running += 1;
    } else {
      if (this.waiting.length >= this.maxWaiting) throw new QueueFullError();
      // The finishing task hands its slot over, so `running` stays counted.
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          const index = this.waiting.indexOf(start);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(signal?.reason);
        };
        const start = (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        this.waiting.push(start);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    this.peakRunning = Math.max(this.peakRunning, this.running);
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
