// A crashing screen shows plain words, the reassurance that saved records are safe, and a
// reload button; a crash inside a page keeps the frame (navigation, sync status) around it.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from './AppErrorBoundary';
import { AppProviders } from './AppProviders';
import { Layout } from './Layout';
import { RouteErrorPage } from './RouteErrorPage';
import { freshDatabase, resetAppState } from './test-render-app';

function Broken(): never {
  throw new Error('broken screen');
}

beforeEach(async () => {
  await resetAppState();
  freshDatabase();
  // React and the boundaries log the caught error; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('error screens', () => {
  it('the app boundary shows a translated message and reloads on request', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: '页面出错了' })).toBeInTheDocument();
    expect(screen.getByText(/已经保存在本机的记录不会丢失/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重新加载页面' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a page that crashes keeps the header and the sync status around the message', async () => {
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: <Layout />,
          children: [
            { errorElement: <RouteErrorPage />, children: [{ index: true, element: <Broken /> }] },
          ],
        },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: '页面出错了' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(await screen.findByText('0 条待同步 · 尚未同步')).toBeInTheDocument();
  });
});
