// A Web Locks stand-in (navigator.locks) for tests: Node and jsdom have none. Exclusive
// locks by name, `ifAvailable` answered with a null lock when the name is held, other
// requests queued in order. It also counts how often a request found the lock taken,
// so a test can tell that the "another tab is syncing" path ran.

type Callback = (lock: { name: string } | null) => Promise<unknown>;

export class TestLockManager {
  /** requests with ifAvailable that found the lock held */
  busyAnswers = 0;
  private readonly held = new Set<string>();
  private readonly waiting = new Map<string, (() => void)[]>();

  async request(
    name: string,
    options: { ifAvailable?: boolean },
    callback: Callback,
  ): Promise<unknown> {
    if (this.held.has(name)) {
      if (options.ifAvailable) {
        this.busyAnswers += 1;
        return callback(null);
      }
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(name) ?? [];
        queue.push(resolve);
        this.waiting.set(name, queue);
      });
    } else {
      this.held.add(name);
    }
    try {
      return await callback({ name });
    } finally {
      // Hand the lock straight to the next waiter, or free it.
      const next = this.waiting.get(name)?.shift();
      if (next) next();
      else this.held.delete(name);
    }
  }
}
