// Upgrading a phone's database must keep everything it holds: above all the outbox, whose
// entries are saves the township has not received yet. Each test builds a database the
// way an older release left it (its exact stores), then opens it with today's schema.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import type { PayoutLine } from '../domain/payout';
import { uuidv7 } from '../domain/uuid';
import { openDatabase } from './database';
import { getClientId, getMeta } from './meta';
import { entityKeyOf, listOutbox, type OutboxEntry } from './outbox';

/** The stores of release version 1, copied here: shipped versions never change. */
const VERSION_1_STORES = {
  regions: 'code, parentCode',
  batches: 'id, villageCode, [villageCode+year], state, updatedAt',
  lines: 'id, batchId, villageCode, [batchId+group], name',
  notices: 'id, villageCode, state, category',
  reviewSteps: 'id, itemId',
  blobs: 'sha256',
  conflicts: 'id, mid',
  outbox: 'mid, entityKey, createdAt',
  meta: 'key',
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function line(batchId: string, name: string): PayoutLine {
  const now = 1_750_000_000_000;
  return {
    id: uuidv7(now),
    version: 0,
    createdAt: now,
    updatedAt: now,
    batchId,
    villageCode: '360735100201',
    group: '第一组',
    name,
    namePinyin: '',
    idNumber: '',
    account: '',
    quantityCenti: 250,
    unit: '亩',
    rateFen: 11250,
    amountFen: 28125,
    paidOn: null,
    remark: '',
    adjusted: false,
    adjustReason: '',
  };
}

async function createVersion1(name: string, rows: { lines: PayoutLine[]; outbox: OutboxEntry[] }) {
  const v1 = new Dexie(name);
  v1.version(1).stores(VERSION_1_STORES);
  await v1.table('meta').bulkAdd([
    { key: 'clientId', value: 'client-of-version-1' },
    { key: 'nextMid', value: rows.outbox.length + 1 },
    { key: 'pullCookie', value: { epoch: 'e1', version: 42 } },
    { key: 'lastSyncAt', value: null },
    { key: 'localActorId', value: 'actor-of-version-1' },
    { key: 'persistence', value: null },
  ]);
  await v1.table('lines').bulkAdd(rows.lines);
  await v1.table('outbox').bulkAdd(rows.outbox);
  v1.close();
}

describe('database upgrade from version 1 to 2', () => {
  it('keeps queued saves, records and the identity, and drops only unused line indexes', async () => {
    const name = `upgrade-${uuidv7()}`;
    names.push(name);
    const batch = draftBatch();
    const lines = [line(batch.id, '曾国华'), line(batch.id, '赖秀英'), line(uuidv7(), '温建平')];
    const outbox: OutboxEntry[] = lines.map((l, i) => ({
      mid: i + 1,
      name: 'line.put',
      args: { id: l.id },
      baseVersion: 0,
      createdAt: 1_750_000_000_000 + i,
      entityKey: entityKeyOf('lines', l.id),
    }));
    await createVersion1(name, { lines, outbox });

    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(2);
      // Nothing queued is lost, in order, and the counter goes on from where it was.
      expect(await listOutbox(db)).toEqual(outbox);
      expect(await getMeta(db, 'nextMid')).toBe(4);
      // The same client: a new clientId would make the server see the queue as new.
      expect(await getClientId(db)).toBe('client-of-version-1');
      expect(await getMeta(db, 'pullCookie')).toEqual({ epoch: 'e1', version: 42 });

      const indexNames = db.lines.schema.indexes.map((index) => index.name);
      expect(indexNames).toEqual(['batchId']);
      const ofBatch = await db.lines.where('batchId').equals(batch.id).toArray();
      expect(ofBatch.map((l) => l.name).sort()).toEqual(['曾国华', '赖秀英'].sort());
      expect(await db.lines.count()).toBe(3);
    } finally {
      db.close();
    }
  });

  it('opens a new database at version 2 with its identity seeded', async () => {
    const name = `fresh-${uuidv7()}`;
    names.push(name);
    const db = openDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(2);
      expect(await getMeta(db, 'nextMid')).toBe(1);
      expect(db.lines.schema.indexes.map((index) => index.name)).toEqual(['batchId']);
    } finally {
      db.close();
    }
  });
});
