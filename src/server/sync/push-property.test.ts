// Property tests of the exactly-once promise (SYNC.md "Reliability tests"): whatever the
// network does (a batch replayed 1-5 times, responses lost, batches delivered out of order
// or partly), once the device has sent its outbox in order the server holds exactly what
// one clean delivery gives, and no mutation was applied twice or out of order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../domain/uuid';
import type { PushMutation } from '../../sync/protocol';
import { VILLAGE_A, VILLAGE_B } from '../auth/test-accounts';
import { dumpServer, type ServerDump } from './test-dump';
import { batchArgs, lineArgs, noticeArgs, TestDevice } from './test-sync-client';
import { startTestServer, TEST_START_MS } from './test-server';

const NUM_RUNS = process.env.DATABASE_URL ? 6 : 12;

type Op =
  | { kind: 'notice'; seed: number }
  | { kind: 'edit'; target: number; title: string }
  | { kind: 'delete'; target: number }
  | { kind: 'submit'; target: number; seed: number }
  | { kind: 'batch'; seed: number }
  | { kind: 'line'; target: number; seed: number; quantityCenti: number }
  | { kind: 'poison'; variant: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('notice' as const), seed: fc.nat() }),
  fc.record({
    kind: fc.constant('edit' as const),
    target: fc.nat(),
    title: fc.string({ minLength: 1, maxLength: 20 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('submit' as const), target: fc.nat(), seed: fc.nat() }),
  fc.record({ kind: fc.constant('batch' as const), seed: fc.nat() }),
  fc.record({
    kind: fc.constant('line' as const),
    target: fc.nat(),
    seed: fc.nat(),
    quantityCenti: fc.nat({ max: 100_000 }),
  }),
  fc.record({ kind: fc.constant('poison' as const), variant: fc.nat({ max: 2 }) }),
);

/** Deterministic UUIDv7 from a number, so both servers get the same ids. */
function idFrom(seed: number, salt: number): string {
  const random = new Uint8Array(10);
  new DataView(random.buffer).setUint32(0, seed >>> 0);
  new DataView(random.buffer).setUint32(4, salt >>> 0);
  return uuidv7(TEST_START_MS, random);
}

/** Turns operations into (name, args) pairs as a cadre's phone would queue them. */
function toMutations(ops: Op[]): [string, unknown][] {
  const notices: ReturnType<typeof noticeArgs>[] = [];
  const batches: ReturnType<typeof batchArgs>[] = [];
  const out: [string, unknown][] = [];
  ops.forEach((op, index) => {
    const pickNotice = (target: number) => notices[target % Math.max(1, notices.length)];
    if (op.kind === 'notice') {
      const notice = noticeArgs(VILLAGE_A, { id: idFrom(op.seed, index), title: `通知 ${index}` });
      notices.push(notice);
      out.push(['notice.put', notice]);
    } else if (op.kind === 'edit' && notices.length > 0) {
      out.push(['notice.put', { ...pickNotice(op.target), title: op.title }]);
    } else if (op.kind === 'delete' && notices.length > 0) {
      out.push(['notice.delete', { id: pickNotice(op.target)?.id }]);
    } else if (op.kind === 'submit' && notices.length > 0) {
      out.push([
        'review.transition',
        {
          stepId: idFrom(op.seed, index + 1_000_000),
          itemKind: 'notice',
          itemId: pickNotice(op.target)?.id,
          action: 'submit',
        },
      ]);
    } else if (op.kind === 'batch') {
      const batch = batchArgs(VILLAGE_A, { id: idFrom(op.seed, index) });
      batches.push(batch);
      out.push(['batch.put', batch]);
    } else if (op.kind === 'line' && batches.length > 0) {
      const batch = batches[op.target % batches.length] as ReturnType<typeof batchArgs>;
      const amountFen = Math.round((op.quantityCenti * 10750) / 100);
      out.push([
        'line.put',
        lineArgs(batch, { id: idFrom(op.seed, index), quantityCenti: op.quantityCenti, amountFen }),
      ]);
    } else if (op.kind === 'poison') {
      const poisons: [string, unknown][] = [
        ['notice.put', noticeArgs(VILLAGE_B, { id: idFrom(index, 7) })],
        ['notice.put', { title: 5 }],
        ['batch.explode', null],
      ];
      out.push(poisons[op.variant] as [string, unknown]);
    }
  });
  return out;
}

interface Scenario {
  ops: Op[];
  /** sizes of the chunks the outbox is sent in */
  chunkSizes: number[];
}

const scenarioArb = fc.record({
  ops: fc.array(opArb, { minLength: 1, maxLength: 40 }),
  chunkSizes: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 }),
});

function chunk(mutations: PushMutation[], sizes: number[]): PushMutation[][] {
  const chunks: PushMutation[][] = [];
  for (let start = 0, i = 0; start < mutations.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    chunks.push(mutations.slice(start, start + size));
    start += size;
  }
  return chunks;
}

/** Runs `deliver` on a fresh server with one cadre device and returns the final dump. */
async function finalState(
  items: [string, unknown][],
  deliver: (device: TestDevice, outbox: PushMutation[]) => Promise<void>,
): Promise<ServerDump> {
  const server = await startTestServer();
  try {
    const device = new TestDevice(server.app, server.accounts.cadreA.auth);
    Object.assign(device, { clientId: '0195aaaa-0000-7000-8000-000000000001' });
    const outbox = items.map(([name, args]) => device.mutation(name, args));
    await deliver(device, outbox);
    // However it went, the device ends by sending its whole outbox in order, as after a reconnect.
    for (const part of chunk(outbox, [100])) expect((await device.push(part)).statusCode).toBe(200);
    // …and checks in once more (an empty push), so both histories know the device.
    expect((await device.push([])).statusCode).toBe(200);
    const dump = await dumpServer(server.storage);
    expect(dump.log.map((entry) => (entry as { mid: number }).mid)).toEqual(
      outbox.map((m) => m.mid),
    );
    return dump;
  } finally {
    await server.close();
  }
}

async function cleanDelivery(scenario: Scenario, items: [string, unknown][]): Promise<ServerDump> {
  return finalState(items, async (device, outbox) => {
    for (const part of chunk(outbox, scenario.chunkSizes)) await device.push(part);
  });
}

describe('exactly once under replays and reordering', () => {
  it('each batch replayed 1-5 times gives the same state as one delivery, with no duplicate rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenarioArb,
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 }),
        async (scenario, repeats) => {
          const items = toMutations(scenario.ops);
          const expected = await cleanDelivery(scenario, items);
          const actual = await finalState(items, async (device, outbox) => {
            for (const [i, part] of chunk(outbox, scenario.chunkSizes).entries()) {
              for (let k = 0; k < (repeats[i % repeats.length] ?? 1); k++) {
                const response = await device.push(part);
                expect(response.statusCode).toBe(200);
              }
            }
          });
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('batches delivered out of order, partly and repeatedly converge to the same state', async () => {
    const deliveryArb = fc.array(
      fc.record({ start: fc.nat(), length: fc.integer({ min: 1, max: 15 }) }),
      { maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(scenarioArb, deliveryArb, async (scenario, deliveries) => {
        const items = toMutations(scenario.ops);
        const expected = await cleanDelivery(scenario, items);
        const actual = await finalState(items, async (device, outbox) => {
          for (const { start, length } of deliveries) {
            const from = start % outbox.length;
            const response = await device.push(outbox.slice(from, from + length));
            // Never applied past a gap: a 409 names the next mid the server needs.
            expect([200, 409]).toContain(response.statusCode);
            if (response.statusCode === 409)
              expect(response.body.expectedMid).toBe(response.body.lastMid + 1);
          }
        });
        expect(actual).toEqual(expected);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
