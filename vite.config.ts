import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { compressDistPlugin } from './scripts/compress-dist.mjs';

// The service worker precaches the shell, the locales and the icons so a phone that
// visited once can open the app with no signal. registerType 'prompt' because an
// automatic reload could throw away a half-typed form or run while the outbox is full.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: '村务公开栏',
        short_name: '村务公开栏',
        description: '三务公开与惠民惠农补贴发放结果公示',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#9b1b1b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024 - 1,
      },
    }),
    // Last: .br/.gz copies of every text file, sw.js included, served as they are.
    compressDistPlugin(),
  ],
  resolve: {
    alias: [
      // Dexie's package entry wraps its ES5 UMD build; its ES module build of the same
      // version is about 1.3 KB gzip lighter, and every `dexie` import here (dexie-react-hooks
      // included) resolves to it, so there is still exactly one copy.
      {
        find: /^dexie$/,
        replacement: fileURLToPath(
          new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url),
        ),
      },
      // react-i18next imports this shim for React < 18; React 19 has the hook itself.
      { find: /^use-sync-external-store\/shim$/, replacement: 'react' },
    ],
  },
  build: {
    target: 'es2022',
    // The entry holds React, the router, Dexie and i18next by design (see codeSplitting);
    // the number that matters is bench/first-screen-js.ts, in gzip.
    chunkSizeWarningLimit: 600,
    // The polyfill only serves <link rel="modulepreload"> tags in index.html, and with one
    // entry file there are none. Without it, Vite's preload helper checks support itself and
    // falls back to rel="preload" for the lazy pages' files, so older Safari still preloads.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Left alone, the bundler cuts the first screen's code into a dozen small files
        // (React, Dexie, i18next, each helper the lazy pages share with the frame): every
        // file is one more request on a weak signal and compresses on its own, so the
        // same code weighs about 4 KB more gzip. Fewer, bigger files instead:
        codeSplitting: {
          groups: [
            // everything the entry imports statically goes into the entry's one file;
            { name: 'app', tags: ['$initial'], priority: 3 },
            // the sync engine, loaded once the database is open (main.tsx);
            {
              name: 'sync-engine',
              test: /src[\\/]sync[\\/](index|sync-engine|push-batches)\.ts$|src[\\/]data[\\/]apply-pull\.ts$/,
              priority: 2,
            },
            // the kiosk page uses idle-update.ts alone: kept out of the next group, so the
            // kiosk does not wait for the update prompt's code;
            { name: 'idle-update', test: /src[\\/]pwa[\\/]idle-update\.ts$/, priority: 2 },
            // the update prompt, loaded when the service worker is registered.
            {
              name: 'update-prompt',
              test: /src[\\/]pwa[\\/](ServiceWorkerUpdates|UpdateBanner|useUpdatePrompt)|pwa-register|workbox-window/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
