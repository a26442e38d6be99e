// Budget: JavaScript a phone downloads before the first screen is usable. Loads / in a fresh
// context with the service worker blocked (a first visit: nothing cached yet), collects every
// script response the page requests until the network is idle, and gzips each body here so
// the number does not depend on whether a proxy compresses.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface ScriptTransfer {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstScreenResult {
  scripts: ScriptTransfer[];
  totalGzipBytes: number;
  /** requests to any origin other than the server's: must be none */
  thirdPartyRequests: string[];
}

export async function measureFirstScreenJs(
  browser: Browser,
  baseUrl: string,
): Promise<FirstScreenResult> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const pending: Promise<ScriptTransfer | null>[] = [];
  const thirdPartyRequests: string[] = [];
  let isCollecting = true;

  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin)
      thirdPartyRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (!isCollecting) return;
    const contentType = response.headers()['content-type'] ?? '';
    const isScript =
      response.request().resourceType() === 'script' || contentType.includes('javascript');
    if (!isScript || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => ({
          path: new URL(response.url()).pathname,
          rawBytes: body.length,
          gzipBytes: gzipSync(body).length,
        }),
        () => null,
      ),
    );
  });

  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  isCollecting = false;
  const scripts = (await Promise.all(pending)).filter((s): s is ScriptTransfer => s !== null);
  await context.close();
  return {
    scripts,
    totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
    thirdPartyRequests,
  };
}
