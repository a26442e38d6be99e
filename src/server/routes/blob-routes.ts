// Content-addressed files (photos of the posted board, PDF attachments): PUT stores the
// bytes under their SHA-256 after checking it, any number of times; GET serves them to
// users whose region overlaps the uploader's. Bytes live in the database so several
// server processes on one PostgreSQL share them and a backup holds everything.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { MAX_PDF_BYTES } from '../../domain/attachment';
import { requireUser } from '../auth/authenticate';
import { assertCanSync, isRegionVisible } from '../auth/scope';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';

const SHA256 = /^[0-9a-f]{64}$/;
/** Served with their own type; anything else is served as an opaque download. */
const KNOWN_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);

function contentTypeOf(header: string | undefined): string {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return KNOWN_TYPES.has(type) ? type : 'application/octet-stream';
}

function hashParam(params: unknown): string {
  const sha256 = (params as { sha256?: unknown }).sha256;
  if (typeof sha256 !== 'string' || !SHA256.test(sha256)) throw new ApiError(400, 'invalid');
  return sha256;
}

export async function registerBlobRoutes(app: FastifyInstance, storage: Storage): Promise<void> {
  // Own scope: raw bytes of any content type, without touching the JSON parser elsewhere.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );

    scope.put('/api/blobs/:sha256', { bodyLimit: MAX_PDF_BYTES }, async (request) => {
      const user = await requireUser(storage, request);
      assertCanSync(user);
      if (user.role === 'county-admin') throw new ApiError(403, 'wrong-role');
      const sha256 = hashParam(request.params);
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new ApiError(400, 'invalid');
      if (createHash('sha256').update(bytes).digest('hex') !== sha256)
        throw new ApiError(400, 'hash-mismatch');
      const now = storage.now();
      await storage.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('blobs')
          .values({
            sha256,
            size: bytes.length,
            content_type: contentTypeOf(request.headers['content-type']),
            bytes,
            created_at: now,
          })
          .onConflict((oc) => oc.column('sha256').doNothing())
          .execute();
        await trx
          .insertInto('blob_refs')
          .values({ sha256, region_code: user.regionCode, uploaded_by: user.id, created_at: now })
          .onConflict((oc) => oc.columns(['sha256', 'region_code']).doNothing())
          .execute();
      });
      return { sha256, size: bytes.length };
    });

    scope.get('/api/blobs/:sha256', async (request, reply) => {
      const user = await requireUser(storage, request);
      assertCanSync(user);
      const sha256 = hashParam(request.params);
      const refs = await storage.db
        .selectFrom('blob_refs')
        .select('region_code')
        .where('sha256', '=', sha256)
        .execute();
      if (refs.length === 0) throw new ApiError(404, 'not-found');
      if (!refs.some((ref) => isRegionVisible(user, ref.region_code)))
        throw new ApiError(403, 'out-of-scope');
      const blob = await storage.db
        .selectFrom('blobs')
        .select(['bytes', 'content_type'])
        .where('sha256', '=', sha256)
        .executeTakeFirstOrThrow();
      // Uploaded bytes never run as a page of this origin, whatever they contain.
      return reply
        .header('content-type', blob.content_type)
        .header('content-security-policy', "sandbox; default-src 'none'")
        .send(Buffer.from(blob.bytes));
    });
  });
}
