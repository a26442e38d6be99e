// Test helper: the whole app (providers, layout, routes) on a memory router, with a fresh
// database on fake-indexeddb and i18n in Simplified Chinese, as a first visit sees it.
import { configure, render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { openDatabase, setDatabaseForTests, type AppDatabase } from '../data';
import { changeLanguage, initI18n } from '../i18n/i18n';
import { AppProviders } from './AppProviders';
import { appRoutes } from './routes';

// Each screen's code loads on first use (route `lazy`) and every frame reads the local
// database; on a busy machine the first find* can take well over the 1 s default, which
// made these tests fail for reasons a user would never see.
configure({ asyncUtilTimeout: 5000 });

export interface RenderedApp extends RenderResult {
  db: AppDatabase;
  router: ReturnType<typeof createMemoryRouter>;
}

/** Reset what a previous test may have left: stored choices, <html> attributes, language. */
export async function resetAppState(): Promise<void> {
  localStorage.clear();
  const root = document.documentElement;
  for (const name of ['elder', 'textSize', 'kiosk'] as const) delete root.dataset[name];
  await initI18n();
  await changeLanguage('zh-CN');
}

export function freshDatabase(): AppDatabase {
  const db = openDatabase(`test-${Math.random().toString(36).slice(2)}`);
  setDatabaseForTests(db);
  return db;
}

export function renderApp(path: string, db: AppDatabase = freshDatabase()): RenderedApp {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const result = render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, db, router };
}
