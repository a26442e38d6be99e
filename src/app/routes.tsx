// The app's routes. Each screen is its own chunk (route `lazy`), so the first screen
// downloads only the frame and the page it shows: the first-screen budget is 170 KB
// gzip on a cheap phone over a weak signal. The service worker precaches every chunk,
// so later screens open offline too.
import { createBrowserRouter, data, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { withFeatureStrings } from '../i18n/feature-strings';
import { AppLoading } from './AppLoading';
import { publicVillageLoader } from '../features/public/public-village-loader';
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
    // The kiosk fills its touch screen with a frame of its own: none of the staff header,
    // navigation, account or sync status (KioskFrame).
    path: '/kiosk',
    errorElement: <RouteErrorPage standalone />,
    hydrateFallbackElement: <AppLoading />,
    lazy: () =>
      withFeatureStrings(
        ['kioskView', 'publicView'],
        () => import('../features/kiosk/KioskPage'),
      ).then((m) => ({ Component: m.KioskPage })),
  },
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
            path: 'village/:villageCode/batch/:batchId/print',
            loader: requireVillageCode,
            lazy: () =>
              withFeatureStrings(['print'], () => import('../features/print/PrintPage')).then(
                (m) => ({ Component: m.PrintPage }),
              ),
          },
          {
            path: 'village/:villageCode/batch/:batchId',
            loader: requireVillageCode,
            lazy: () =>
              withFeatureStrings(['lines'], () => import('../features/batch/BatchDetailPage')).then(
                (m) => ({ Component: m.BatchDetailPage }),
              ),
          },
          {
            path: 'village/:villageCode/notices',
            loader: requireVillageCode,
            lazy: () =>
              withFeatureStrings(
                ['notices'],
                () => import('../features/notices/NoticeListPage'),
              ).then((m) => ({ Component: m.NoticeListPage })),
          },
          {
            path: 'village/:villageCode/notices/:noticeId',
            loader: requireVillageCode,
            lazy: () =>
              withFeatureStrings(
                ['notices'],
                () => import('../features/notices/NoticeEditorPage'),
              ).then((m) => ({ Component: m.NoticeEditorPage })),
          },
          {
            path: 'village/:villageCode/objections',
            loader: requireVillageCode,
            lazy: () =>
              withFeatureStrings(
                ['objections'],
                () => import('../features/objections/ObjectionsPage'),
              ).then((m) => ({ Component: m.ObjectionsPage })),
          },
          {
            path: 'review',
            lazy: () =>
              // Notice type names come from the notices strings.
              withFeatureStrings(
                ['reviewer', 'notices'],
                () => import('../features/review/ReviewPage'),
              ).then((m) => ({ Component: m.ReviewPage })),
          },
          {
            path: 'review/notices/:noticeId',
            lazy: () =>
              withFeatureStrings(
                ['reviewer', 'notices'],
                () => import('../features/review/ReviewItemPage'),
              ).then((m) => ({ Component: m.ReviewItemPage })),
          },
          {
            path: 'review/batches/:batchId',
            lazy: () =>
              withFeatureStrings(
                ['reviewer', 'lines'],
                () => import('../features/review/BatchReviewPage'),
              ).then((m) => ({ Component: m.BatchReviewPage })),
          },
          {
            path: 'review/dashboard',
            lazy: () =>
              withFeatureStrings(
                ['reviewer', 'notices', 'objections'],
                () => import('../features/review/ReviewDashboardPage'),
              ).then((m) => ({ Component: m.ReviewDashboardPage })),
          },
          {
            path: 'review/villages/:villageCode/settings',
            loader: requireVillageCode,
            lazy: () =>
              withFeatureStrings(
                ['reviewer'],
                () => import('../features/village-settings/VillageSettingsPage'),
              ).then((m) => ({ Component: m.VillageSettingsPage })),
          },
          {
            path: 'v/:villageCode',
            // The notices download alongside the page's code, not after it: the loader (about
            // 0.6 KB gzip in the entry) starts the request on the same tick as the page's
            // chunk. Measured: a separate loader chunk cost the resident's first paint one
            // round trip (Lighthouse LCP 2.60 s against 2.48 s), which matters more here than
            // those bytes do on other first screens.
            loader: (args) => requireVillageCode(args) ?? publicVillageLoader(args),
            lazy: () =>
              withFeatureStrings(
                ['publicView'],
                () => import('../features/public/PublicVillagePage'),
              ).then((m) => ({
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
