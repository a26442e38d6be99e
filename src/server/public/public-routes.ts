// Public endpoints, no sign-in: the page a resident opens from the QR code on the paper
// notice, and the kiosk's feed (kiosk bearer token, its own village only). Each answer is
// built from allow-listed fields (public-views.ts), carries an ETag from its content and
// answers 304 to a matching If-None-Match, so a phone on a weak signal re-downloads only
// what changed. Requests are budgeted per IP address (public-rate-limit.ts).
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { chinaDateOf } from '../../domain/dates';
import { requireUser } from '../auth/authenticate';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import {
  buildBatchLinesView,
  buildKioskView,
  buildVillageView,
  readPublishedContent,
} from './public-queries';
import { readPublicReplies } from '../objections/objection-queries';
import { registerObjectionRoutes } from './objection-routes';
import { createRateLimiter, type RateLimiter } from './public-rate-limit';

export interface PublicRoutesOptions {
  rateLimiter?: RateLimiter;
}

const VILLAGE_CODE = /^\d{12}$/;
const ID = /^[0-9A-Za-z-]{1,64}$/;
// Phones may keep an answer but must ask again (cheaply, by ETag) before using it: a
// notice period that ended must not be shown as running from a stale copy.
const CACHE_PUBLIC = 'public, no-cache';
// The kiosk's answer is fetched with its token: no shared proxy may keep it.
const CACHE_KIOSK = 'private, no-cache';

function param(request: FastifyRequest, name: string, pattern: RegExp): string {
  const value = (request.params as Record<string, unknown>)[name];
  if (typeof value !== 'string' || !pattern.test(value)) throw new ApiError(404, 'not-found');
  return value;
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match may list several tags, or `*`, and may mark them weak (W/). */
function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (typeof header !== 'string') return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

function sendCacheable(
  request: FastifyRequest,
  reply: FastifyReply,
  value: unknown,
  cacheControl: string,
): FastifyReply {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  reply.header('etag', etag).header('cache-control', cacheControl).header('vary', 'authorization');
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

export async function registerPublicRoutes(
  app: FastifyInstance,
  storage: Storage,
  options: PublicRoutesOptions = {},
): Promise<void> {
  const limiter = options.rateLimiter ?? createRateLimiter();

  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => {
      if (!limiter.take(request.ip, storage.now())) throw new ApiError(429, 'rate-limited');
    });

    async function contentOf(villageCode: string) {
      const content = await readPublishedContent(storage.db, villageCode);
      if (!content) throw new ApiError(404, 'not-found');
      return content;
    }

    scope.get('/api/public/villages/:code', async (request, reply) => {
      const code = param(request, 'code', VILLAGE_CODE);
      const today = chinaDateOf(storage.now());
      const view = buildVillageView(await contentOf(code), 'phone', today);
      view.objectionReplies = await readPublicReplies(storage.db, code);
      return sendCacheable(request, reply, view, CACHE_PUBLIC);
    });

    scope.get('/api/public/villages/:code/batches/:batchId/lines', async (request, reply) => {
      const code = param(request, 'code', VILLAGE_CODE);
      const batchId = param(request, 'batchId', ID);
      const today = chinaDateOf(storage.now());
      const view = buildBatchLinesView(await contentOf(code), batchId, today);
      if (!view) throw new ApiError(404, 'not-found');
      return sendCacheable(request, reply, view, CACHE_PUBLIC);
    });

    // The kiosk shows full names (on site, as the paper board does): only a kiosk device
    // of this very village may fetch them.
    scope.get('/api/public/villages/:code/kiosk', async (request, reply) => {
      const code = param(request, 'code', VILLAGE_CODE);
      const user = await requireUser(storage, request);
      if (user.role !== 'kiosk') throw new ApiError(403, 'wrong-role');
      if (user.regionCode !== code) throw new ApiError(403, 'out-of-scope');
      const today = chinaDateOf(storage.now());
      const view = buildKioskView(await contentOf(code), today);
      return sendCacheable(request, reply, view, CACHE_KIOSK);
    });

    registerObjectionRoutes(scope, storage);
  });
}
