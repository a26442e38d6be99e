// The app's routes. Each screen is its own chunk (route `lazy`), so the first screen
// downloads only the frame and the page it shows: the first-screen budget is 170 KB
// gzip on a cheap phone over a weak signal. The service worker precaches every chunk,
// so later screens open offline too.
import { createBrowserRouter, data, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { AppLoading } from './AppLoading';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * A village page with a malformed code is a 404, not an empty workspace. A plain shape
 * check: the division table stays out of the first-screen code.
 */
function requireVillageCode({ params }: LoaderFunctionArgs): null {
  if (!/^\d{12}$/.test(params.villageCode ?? '')) throw data(null, { status: 404 });
  return null;
}

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    // The frame itself failed: show the error without it.
    errorElement: <RouteErrorPage standalone />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      {
        // A page that fails keeps the header, footer and sync status around the error.
        errorElement: <RouteErrorPage />,
        children: [
          {
            index: true,
            lazy: () =>
              import('../features/home/HomePage').then((m) => ({ Component: m.HomePage })),
          },
          {
            path: 'login',
            lazy: () =>
              import('../features/login/LoginPage').then((m) => ({ Component: m.LoginPage })),
          },
          {
            path: 'village/:villageCode',
            loader: requireVillageCode,
            lazy: () =>
              import('../features/village/VillagePage').then((m) => ({ Component: m.VillagePage })),
          },
          {
            path: 'review',
            lazy: () =>
              import('../features/review/ReviewPage').then((m) => ({ Component: m.ReviewPage })),
          },
          {
            path: 'kiosk',
            lazy: () =>
              import('../features/kiosk/KioskPage').then((m) => ({ Component: m.KioskPage })),
          },
          {
            path: 'v/:villageCode',
            loader: requireVillageCode,
            lazy: () =>
              import('../features/public/PublicVillagePage').then((m) => ({
                Component: m.PublicVillagePage,
              })),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
