import { describe, expect, it } from 'vitest';
import { CheckQueue, QueueFullError } from './check-queue';

/** A task the test finishes by hand, recording when it started. */
function gate(started: number[], id: number) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { task: async () => (started.push(id), await done, id), open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CheckQueue', () => {
  it('runs at most `limit` tasks at once and every waiting task in arrival order', async () => {
    const queue = new CheckQueue(2, 100);
    const started: number[] = [];
    const gates = Array.from({ length: 6 }, (_, id) => gate(started, id));
    const results = gates.map((g) => queue.run(g.task));
    await tick();
    expect(started).toEqual([0, 1]);
    expect(queue.size).toEqual({ running: 2, waiting: 4 });
    gates[1]?.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(queue.peakRunning).toBe(2);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('a failing task gives its place to the next one', async () => {
    const queue = new CheckQueue(1, 10);
    const failing = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('drops a waiting task whose asker gave up, without running it', async () => {
    const queue = new CheckQueue(1, 10);
    const started: number[] = [];
    const gates = Array.from({ length: 3 }, (_, id) => gate(started, id));
    const gaveUp = new AbortController();
    const first = queue.run(gates[0]!.task);
    const abandoned = queue.run(gates[1]!.task, gaveUp.signal);
    const last = queue.run(gates[2]!.task);
    gaveUp.abort(new Error('client closed'));
    await expect(abandoned).rejects.toThrow('client closed');
    expect(queue.size).toEqual({ running: 1, waiting: 1 });
    for (const g of gates) g.open();
    expect([await first, await last]).toEqual([0, 2]);
    expect(started).toEqual([0, 2]);
    await expect(queue.run(async () => 'late', gaveUp.signal)).rejects.toThrow('client closed');
  });

  it('turns away a task at once when the waiting line is full, and only then', async () => {
    const queue = new CheckQueue(1, 2);
    const started: number[] = [];
    const gates = Array.from({ length: 3 }, (_, id) => gate(started, id));
    const accepted = gates.map((g) => queue.run(g.task));
    await expect(queue.run(async () => 'late')).rejects.toBeInstanceOf(QueueFullError);
    for (const g of gates) g.open();
    expect(await Promise.all(accepted)).toEqual([0, 1, 2]);
    await expect(queue.run(async () => 'again')).resolves.toBe('again');
  });
});
