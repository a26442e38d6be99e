// Budget: everything the service worker downloads on install, read from the precache manifest
// that vite-plugin-pwa writes into dist/sw.js. What crosses the network is the gzip copy the
// build writes beside each text file (the server sends it as it is; brotli, when the browser
// accepts it, is smaller still), so the download is counted from the .gz size; the size on
// disk is reported too. A large precache costs a first-time visitor on a
// prepaid data plan, and a file of 2 MiB or more is silently left out of the precache by
// Workbox, which breaks offline start.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PrecacheResult {
  /** bytes: size on disk; transferBytes: what the server sends with gzip (the .gz copy) */
  files: { url: string; bytes: number; transferBytes: number }[];
  totalBytes: number;
  totalTransferBytes: number;
  largestFile: { url: string; bytes: number } | undefined;
}

/** Reads the URLs of the precacheAndRoute([...]) call in sw.js and sums their sizes on disk. */
export function measurePrecache(distDir: string): PrecacheResult {
  const serviceWorker = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
  const callStart = serviceWorker.indexOf('precacheAndRoute(');
  if (callStart === -1) throw new Error('dist/sw.js has no precacheAndRoute call');
  const listEnd = serviceWorker.indexOf('}]', callStart);
  const manifest = serviceWorker.slice(callStart, listEnd === -1 ? undefined : listEnd + 2);
  const urls = [...manifest.matchAll(/url:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
  if (urls.length === 0) throw new Error('dist/sw.js precache manifest is empty');

  const files = urls.map((url) => {
    const filePath = path.join(distDir, decodeURIComponent(url.split('?')[0] ?? url));
    const bytes = statSync(filePath).size;
    const gzipPath = `${filePath}.gz`;
    return { url, bytes, transferBytes: existsSync(gzipPath) ? statSync(gzipPath).size : bytes };
  });
  const largestFile = files.reduce<PrecacheResult['largestFile']>(
    (largest, file) => (largest && largest.bytes >= file.bytes ? largest : file),
    undefined,
  );
  return {
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalTransferBytes: files.reduce((sum, f) => sum + f.transferBytes, 0),
    largestFile,
  };
}
