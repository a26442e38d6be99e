// The frame every page shares: skip link, one h1, navigation, sync status, export.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setMeta } from '../data';
import { renderApp, resetAppState } from './test-render-app';

beforeEach(resetAppState);

/** jsdom's Blob has no text(); FileReader it is. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(blob);
  });
}

const ROUTES: [string, string][] = [
  ['/', '首页'],
  ['/login', '登录'],
  ['/village/360735101200', '小松村委会 · 村工作台'],
  ['/review', '审核'],
  ['/kiosk', '村务公开查询'],
  ['/v/360735101200', '小松村委会 村务公开'],
  ['/no/such/page', '找不到这个页面'],
  ['/village/not-a-code', '找不到这个页面'],
];

describe('every route', () => {
  it.each(ROUTES)(
    '%s has exactly one h1 (%s) inside main, and a page title',
    async (path, heading) => {
      renderApp(path);
      const h1 = await screen.findByRole('heading', { level: 1 });
      expect(h1).toHaveTextContent(heading);
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(screen.getByRole('main')).toContainElement(h1);
      await waitFor(() => expect(document.title).toBe(`${heading} - 村务公开栏`));
    },
  );
});

describe('skip link', () => {
  it('is the first thing the Tab key reaches and points at the focusable main region', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.tab();
    const skip = screen.getByRole('link', { name: '跳到主要内容' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', '#main');
    const main = screen.getByRole('main');
    expect(main).toHaveAttribute('id', 'main');
    expect(main).toHaveAttribute('tabindex', '-1');
  });
});

describe('navigation', () => {
  it('opens each screen from the main navigation and moves focus to the new page', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '首页' });
    const nav = screen.getByRole('navigation', { name: '主导航' });
    await user.click(within(nav).getByRole('link', { name: '审核' }));
    expect(await screen.findByRole('heading', { level: 1, name: '审核' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '审核' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('picks a village by township, then village, and opens its workspace', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.selectOptions(await screen.findByLabelText('乡镇'), '360735101');
    await user.selectOptions(screen.getByLabelText('村'), '360735101200');
    await user.click(screen.getByRole('link', { name: '进入村工作台' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '小松村委会 · 村工作台' }),
    ).toBeInTheDocument();
    // The navigation now leads back to this village.
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '村工作台' })).toHaveAttribute(
      'href',
      '/village/360735101200',
    );
  });
});

describe('sync status', () => {
  it('says how many records wait, that nothing was synced yet and that nobody is signed in', async () => {
    renderApp('/');
    const summary = await screen.findByText('0 条待同步 · 尚未同步');
    const status = summary.closest('[role="status"]');
    expect(status).not.toBeNull();
    expect(status).toHaveTextContent('0 条待同步 · 尚未同步 · 未登录');
  });

  it('shows the last sync time as HH:mm', async () => {
    const { db } = renderApp('/');
    await screen.findByText('0 条待同步 · 尚未同步');
    await setMeta(db, 'lastSyncAt', new Date(2025, 5, 3, 9, 5).getTime());
    expect(await screen.findByText('0 条待同步 · 上次同步 09:05')).toBeInTheDocument();
  });
});

describe('export of unsynced records', () => {
  it('downloads a JSON file and says how many records it holds', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:export');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    try {
      renderApp('/');
      await screen.findByText('0 条待同步 · 尚未同步');
      await user.click(screen.getByRole('button', { name: '导出未同步数据' }));
      expect(await screen.findByText(/已导出 0 条未同步记录/)).toBeInTheDocument();
      expect(clicked).toHaveLength(1);
      expect(clicked[0]?.download).toMatch(/^cunwu-unsynced-.*\.json$/);
      const blob = createObjectURL.mock.calls[0]?.[0];
      expect(JSON.parse(await readBlob(blob as Blob))).toMatchObject({ count: 0, entries: [] });
    } finally {
      click.mockRestore();
    }
  });
});
