// Attachment bytes saved on the phone reach the server before the notices that reference
// them, once each; a file the server refuses does not hold back the rest of the sync.
import { describe, expect, it } from 'vitest';
import type { FetchLike } from './api-client';
import { createSyncEngine } from './sync-engine';
import { createEngineFixture, saveBatch, T_SYNC } from './testing/engine-fixture';

const SHA_OK = 'a'.repeat(64);
const SHA_REFUSED = 'b'.repeat(64);

async function setUp(refused: ReadonlySet<string> = new Set()) {
  const { db, server } = await createEngineFixture();
  const calls: string[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    const blob = /\/api\/blobs\/([0-9a-f]{64})$/.exec(url)?.[1];
    if (blob) {
      calls.push(`${init.method ?? 'GET'} blob ${blob.slice(0, 1)}`);
      return refused.has(blob)
        ? new Response(JSON.stringify({ error: 'too-large' }), { status: 413 })
        : new Response(null, { status: 204 });
    }
    calls.push(url.endsWith('/push') ? 'push' : 'pull');
    return server.fetchImpl(url, init);
  };
  const engine = createSyncEngine({ db, fetchImpl, now: () => T_SYNC });
  return { db, engine, calls };
}

const photo = (sha256: string) => ({
  sha256,
  mime: 'image/jpeg',
  size: 3,
  data: new Blob(['abc'], { type: 'image/jpeg' }),
  uploadedAt: null,
});

describe('sync engine: attachment blobs', () => {
  it('uploads pending blobs before pushing the outbox, and only once', async () => {
    const { db, engine, calls } = await setUp();
    await db.blobs.add(photo(SHA_OK));
    await saveBatch(db);

    expect(await engine.syncOnce()).toMatchObject({ status: 'synced', pushed: 1 });
    expect(calls.slice(0, 2)).toEqual(['PUT blob a', 'push']);
    expect((await db.blobs.get(SHA_OK))?.uploadedAt).toBe(T_SYNC);

    calls.length = 0;
    await engine.syncOnce();
    expect(calls.filter((c) => c.includes('blob'))).toEqual([]);
  });

  it('keeps a refused file pending without holding back the notices', async () => {
    const { db, engine } = await setUp(new Set([SHA_REFUSED]));
    await db.blobs.bulkAdd([photo(SHA_REFUSED), photo(SHA_OK)]);
    await saveBatch(db);

    expect(await engine.syncOnce()).toMatchObject({ status: 'synced', pushed: 1 });
    expect((await db.blobs.get(SHA_REFUSED))?.uploadedAt).toBeNull();
    expect((await db.blobs.get(SHA_OK))?.uploadedAt).toBe(T_SYNC);
  });
});
