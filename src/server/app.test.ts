// The server as a browser sees it: health, cache rules that decide whether a phone picks up an
// update, the SPA fallback that makes bookmarked pages open, and the headers that keep public
// pages free of third-party requests. In-process through app.inject(), no port.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import type { HealthProvider } from './routes/health-routes';

const INDEX_HTML =
  '<!doctype html><html lang="zh-CN"><title>村务公开栏</title><div id="root"></div>';
const HASHED_ASSET = '/assets/index-Ab12Cd34.js';

let distDir: string;
let app: FastifyInstance;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'cunwu-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(distDir, HASHED_ASSET), 'console.log("app");');
  await writeFile(path.join(distDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(path.join(distDir, 'registerSW.js'), '');
  await writeFile(path.join(distDir, 'manifest.webmanifest'), '{"name":"村务公开栏"}');
  app = await buildApp({ distDir });
});

afterAll(async () => {
  await app.close();
  await rm(distDir, { recursive: true, force: true });
});

describe('GET /api/health', () => {
  it('answers without storage and says no database is attached', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: true,
      serverVersion: 0,
      epoch: 'none',
      database: 'none',
    });
  });

  it('reports the storage status when a provider is plugged in', async () => {
    const health: HealthProvider = {
      getStatus: async () => ({ serverVersion: 42, epoch: 'e-2025', database: 'sqlite' }),
    };
    const withStorage = await buildApp({ health });
    const response = await withStorage.inject({ method: 'GET', url: '/api/health' });
    await withStorage.close();
    expect(response.json()).toEqual({
      ok: true,
      serverVersion: 42,
      epoch: 'e-2025',
      database: 'sqlite',
    });
  });

  it('answers 503 when the database cannot be reached, so a balancer routes around it', async () => {
    const withBrokenStorage = await buildApp({
      health: { getStatus: () => Promise.reject(new Error('disk gone')) },
    });
    const response = await withBrokenStorage.inject({ method: 'GET', url: '/api/health' });
    await withBrokenStorage.close();
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ ok: false, error: 'storage-unavailable' });
  });
});

describe('cache headers', () => {
  it.each([
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/registerSW.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
    [HASHED_ASSET, 'public, max-age=31536000, immutable'],
  ])('%s is served with Cache-Control %s', async (url, cacheControl) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe(cacheControl);
  });

  it('serves the hashed file content itself', async () => {
    const response = await app.inject({ method: 'GET', url: HASHED_ASSET });
    expect(response.body).toBe('console.log("app");');
    expect(response.headers['content-type']).toMatch(/javascript/);
  });

  it('never lets API answers be cached', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('SPA fallback', () => {
  it.each(['/login', '/village/360735101200', '/review', '/kiosk', '/v/360735101200?from=qr'])(
    'a reload of %s opens the app',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX_HTML);
    },
  );

  it.each(['/assets/index-OldHash1.js', '/missing-icon.png'])(
    'a missing file %s is a 404, not the app page',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('<html');
    },
  );
});

describe('unknown API routes', () => {
  it.each([
    ['GET', '/api/nope'],
    ['POST', '/api/sync/unknown'],
    ['GET', '/api'],
  ] as const)('%s %s answers 404 JSON', async (method, url) => {
    const response = await app.inject({ method, url });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.json()).toEqual({ error: 'not-found' });
  });

  it('answers 404 JSON for any path when no client build is served', async () => {
    const apiOnly = await buildApp();
    const response = await apiOnly.inject({ method: 'GET', url: '/village/360735101200' });
    await apiOnly.close();
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not-found' });
  });
});

describe('security headers', () => {
  it.each(['/', HASHED_ASSET, '/review', '/api/health', '/api/nope', '/missing-icon.png'])(
    '%s carries them',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['permissions-policy']).toContain('camera=(self)');
      expect(response.headers['content-security-policy']).toBeDefined();
    },
  );

  it('the CSP allows only this origin for scripts, connections and workers', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    const csp = String(response.headers['content-security-policy']);
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/https?:|\*/);
  });
});
