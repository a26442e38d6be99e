// Composition root. The order matters:
// 1. display settings and design tokens first, synchronously, so the first paint already
//    has the reader's 长辈模式 and text size (no flash of small text);
// 2. i18n, because every screen (the error screen included) needs its words;
// 3. the database: opening starts before rendering, in parallel with it, so the first
//    live queries do not wait for it; it is not awaited, because an open blocked by
//    another tab must not leave the person looking at a blank page;
// 4. render;
// 5. sync, once the database is open: the engine's code (protocol schemas) is loaded
//    separately so it stays out of the first screen; with no network it simply backs
//    off and retries, and the app keeps working from the device;
//    on the resident pages (/v/…, /kiosk) it waits until the person moves on;
// 6. the service worker last: registering it downloads and precaches every chunk, which
//    must not compete with the first screen on a weak signal.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/AppProviders';
import { createAppRouter } from './app/routes';
import { startOutsidePublicPages } from './app/public-paths';
import { getDatabase } from './data/database';
import { initI18n } from './i18n/i18n';
import { enableServiceWorker } from './pwa/update-prompt-gate';
import { applyDisplaySettings, loadDisplaySettings } from './ui/display-settings';
import { installDesignTokens } from './ui/token-css';
import './ui/app.css';

async function start(): Promise<void> {
  installDesignTokens();
  applyDisplaySettings(loadDisplaySettings());

  await initI18n();

  // The router starts the first page's code (and a public page's data) downloading now.
  const router = createAppRouter();

  // A failed open is also reported, in words, by each screen's save (StorageError); no
  // sync starts on a database that could not be opened.
  const db = getDatabase();
  const startSyncEngine = () =>
    void import('./sync')
      .then(({ createSyncEngine, startSync }) => startSync(createSyncEngine({ db })))
      .catch((error: unknown) => console.error('sync could not be started', error));
  void db.open().then(
    // Not on the resident pages (public-paths.ts): the sync code would slow them down.
    () => startOutsidePublicPages(router, startSyncEngine),
    (error: unknown) => console.error('local database could not be opened', error),
  );

  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );

  enableServiceWorker();
}

void start();
