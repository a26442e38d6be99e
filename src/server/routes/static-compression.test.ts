// The built client is sent compressed from the .br/.gz copies the build writes: a phone on a
// weak signal gets the same bytes, a quarter of the size, with the same cache rules.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressDist } from '../../../scripts/compress-dist.mjs';
import { buildApp } from '../app';

const SCRIPT = `console.log(${JSON.stringify('村务公开栏 '.repeat(400))});\n`;
const ASSET = '/assets/index-Zz98Yy76.js';

let distDir: string;
let app: FastifyInstance;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'cunwu-dist-gz-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(path.join(distDir, ASSET), SCRIPT);
  await writeFile(path.join(distDir, 'tiny.js'), 'let a=1;');
  expect(compressDist(distDir)).toBe(1); // the small files are not worth compressing
  app = await buildApp({ distDir });
});

afterAll(async () => {
  await app.close();
  await rm(distDir, { recursive: true, force: true });
});

describe('compressed static files', () => {
  it('sends brotli when the browser accepts it, and the bytes decode to the file', async () => {
    const response = await app.inject({
      method: 'GET',
      url: ASSET,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gzip = await app.inject({
      method: 'GET',
      url: ASSET,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const plain = await app.inject({
      method: 'GET',
      url: ASSET,
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('serves a file without compressed copies as it is', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/tiny.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toBe('let a=1;');
  });
});
