// Serves the built client (vite build output) and owns what every response carries:
// security headers, cache rules and the 404 answer. It does not own any API route; those are
// registered by their own modules before registerStatic runs.
//
// Cache rules, because a phone that caches the wrong file keeps a broken app for a year:
// hashed files under /assets/ never change, so they are immutable; everything else (index.html,
// sw.js, the manifest, icons, locales) is revalidated on every load so an update is seen.
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
const CACHE_REVALIDATE = 'no-cache';
// API answers hold personal data: neither the browser nor a shared proxy may keep them.
const CACHE_NEVER = 'no-store';

// Everything comes from this origin: public pages must make no third-party request (a resident
// reading a notice must not be tracked). Styles allow inline because React writes style props.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // The camera is used to photograph the posted board; nothing else needs a device permission.
  'permissions-policy':
    'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

function pathnameOf(request: FastifyRequest): string {
  const queryStart = request.url.indexOf('?');
  return queryStart === -1 ? request.url : request.url.slice(0, queryStart);
}

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/** Call first in buildApp: the headers then reach every route, including 404s and errors. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (isApiPath(pathnameOf(request))) reply.header('cache-control', CACHE_NEVER);
  });
}

/**
 * A client-side route (/village/360735101200, /review …) gets index.html so a bookmarked or
 * reloaded page opens. A missing file (/assets/old-hash.js, /missing.png) gets a real 404:
 * answering HTML there would surface as a confusing script error instead of a missing file.
 */
function isAppRoute(request: FastifyRequest, pathname: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (isApiPath(pathname) || pathname.startsWith('/assets/')) return false;
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !lastSegment.includes('.');
}

/**
 * Registers the built app from distDir (when given) and the not-found handler: unknown /api/*
 * routes answer 404 `{ error: 'not-found' }`, app routes fall back to index.html. Call last in
 * buildApp, after every API route.
 */
export async function registerStatic(app: FastifyInstance, distDir?: string): Promise<void> {
  if (distDir) {
    const root = path.resolve(distDir);
    const assetsDir = path.join(root, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root,
      // The build writes .br and .gz copies (scripts/compress-dist.mjs): sent as they are,
      // a weak signal carries about a quarter of the bytes and the server does no work.
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, filePath) {
        // The same URL is sent as br, gzip or plain: a cache must key on what was accepted.
        res.setHeader('vary', 'accept-encoding');
        res.setHeader(
          'cache-control',
          filePath.startsWith(assetsDir) ? CACHE_IMMUTABLE : CACHE_REVALIDATE,
        );
      },
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = pathnameOf(request);
    if (distDir && isAppRoute(request, pathname)) {
      reply.header('cache-control', CACHE_REVALIDATE);
      return reply.sendFile('index.html', path.resolve(distDir), { cacheControl: false });
    }
    reply.code(404).header('cache-control', CACHE_NEVER);
    return { error: 'not-found' };
  });
}
