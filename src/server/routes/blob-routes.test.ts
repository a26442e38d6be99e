// Photos and PDFs by content hash: an upload can be retried any number of times, a
// damaged upload is refused, and what comes back is exactly what was sent, never run as
// a page of this site.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../sync/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function put(
  hash: string,
  bytes: Buffer,
  contentType = 'image/jpeg',
  authorization = server.accounts.cadreA.auth,
) {
  return server.app.inject({
    method: 'PUT',
    url: `/api/blobs/${hash}`,
    headers: { authorization, 'content-type': contentType },
    payload: bytes,
  });
}

function get(hash: string, authorization = server.accounts.supervisorA.auth) {
  return server.app.inject({
    method: 'GET',
    url: `/api/blobs/${hash}`,
    headers: { authorization },
  });
}

async function blobCount(): Promise<number> {
  const row = await server.storage.db
    .selectFrom('blobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('PUT /api/blobs/:sha256', () => {
  it('stores the bytes once however often the upload is retried, and serves them back', async () => {
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Buffer.from('posted board, 小松村')]);
    const before = await blobCount();
    for (let i = 0; i < 3; i++) {
      const response = await put(sha(photo), photo);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ sha256: sha(photo), size: photo.length });
    }
    expect(await blobCount()).toBe(before + 1);
    const back = await get(sha(photo));
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(photo)).toBe(true);
    expect(back.headers['content-type']).toBe('image/jpeg');
    expect(back.headers['content-security-policy']).toContain('sandbox');
    expect(back.headers['cache-control']).toBe('no-store');
  });

  it('refuses bytes that do not match the hash, and stores nothing', async () => {
    const before = await blobCount();
    const response = await put(sha(Buffer.from('original')), Buffer.from('truncated'));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'hash-mismatch' });
    expect(await blobCount()).toBe(before);
  });

  it.each([
    ['an upper-case hash', 'A'.repeat(64)],
    ['a short hash', 'abc123'],
    ['a path trick', '..%2F..%2Fetc%2Fpasswd'],
  ])('refuses %s as invalid', async (_case, hash) => {
    const response = await put(hash, Buffer.from('x'));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'invalid' });
  });

  it('refuses an empty upload', async () => {
    const empty = Buffer.alloc(0);
    const response = await put(sha(empty), empty);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'invalid' });
  });

  it('refuses more than 10 MB with too-large', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1);
    const response = await put(sha(big), big, 'application/pdf');
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'too-large' });
  });

  it('serves an upload of any other type as an opaque download', async () => {
    const page = Buffer.from('<script>alert(1)</script>');
    expect((await put(sha(page), page, 'text/html')).statusCode).toBe(200);
    const back = await get(sha(page));
    expect(back.headers['content-type']).toBe('application/octet-stream');
  });
});

describe('GET /api/blobs/:sha256', () => {
  it('answers 404 not-found for a hash nobody uploaded', async () => {
    const response = await get('0'.repeat(64));
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not-found' });
  });

  it('a second village uploading the same file can read it too', async () => {
    const form = Buffer.from('县里下发的统一表格.pdf');
    expect((await put(sha(form), form, 'application/pdf')).statusCode).toBe(200);
    expect((await get(sha(form), server.accounts.cadreB.auth)).statusCode).toBe(403);
    expect(
      (await put(sha(form), form, 'application/pdf', server.accounts.cadreB.auth)).statusCode,
    ).toBe(200);
    expect((await get(sha(form), server.accounts.cadreB.auth)).statusCode).toBe(200);
  });
});
