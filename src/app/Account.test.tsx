// Who is signed in on this device, signing out (the outbox always stays) and an expired
// sign-in (a banner on every screen, the queue waits, the way back is one tap).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftBatch } from '../../test/fixtures/payout-fixtures';
import { saveBatchLocally, signInOnDevice, testUser } from '../../test/helpers/signed-in-device';
import { countOutbox, getSession, markSessionExpired, type AppDatabase } from '../data';
import { freshDatabase, renderApp, resetAppState } from './test-render-app';

const cadre = testUser('village-cadre', { username: 'cadre-360735101200' });

function queueDraft(db: AppDatabase) {
  return saveBatchLocally(db, draftBatch({ villageCode: cadre.regionCode, authorId: cadre.id }));
}

let db: AppDatabase;
beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
  await signInOnDevice(db, cadre, 'tok-1');
  // Signing out tells the server when it can; here the server is out of reach.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('signed-in header', () => {
  it('names the person and their role, and hides 登录 from the navigation', async () => {
    renderApp('/', db);
    const account = await screen.findByRole('region', { name: '当前账号' });
    expect(account).toHaveTextContent('已登录：曾国华（村干部）');
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).queryByRole('link', { name: '登录' })).not.toBeInTheDocument();
  });

  it('signs out at once when nothing waits, and goes to the sign-in page', async () => {
    const user = userEvent.setup();
    renderApp('/', db);
    await user.click(await screen.findByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeInTheDocument();
    expect(await getSession(db)).toBeNull();
    expect(screen.queryByRole('region', { name: '当前账号' })).not.toBeInTheDocument();
    expect(await screen.findByText('未登录')).toBeInTheDocument();
  });

  it('warns that unsynced records stay on the device, and keeps them when signing out', async () => {
    const user = userEvent.setup();
    await queueDraft(db);
    renderApp('/', db);
    await screen.findByText('1 条待同步 · 尚未同步');
    await user.click(await screen.findByRole('button', { name: '退出登录' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      '还有 1 条记录没有同步。退出登录后，这些记录仍保留在本机，下次登录后会自动发送。',
    );
    expect(await getSession(db)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await getSession(db)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: '退出登录' }));
    await user.click(screen.getByRole('button', { name: '仍然退出' }));
    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeInTheDocument();
    expect(await getSession(db)).toBeNull();
    expect(await countOutbox(db)).toBe(1);
    expect(screen.getByText('1 条待同步 · 尚未同步')).toBeInTheDocument();
  });
});

describe('expired sign-in', () => {
  it('shows a banner on every screen with a sign-in link for the same account', async () => {
    const user = userEvent.setup();
    await queueDraft(db);
    await markSessionExpired(db);
    renderApp('/village/360735101200', db);

    const message = await screen.findByText('登录已过期，请重新登录；未同步的记录已保留在本机');
    const banner = message.closest<HTMLElement>('[role="alert"]');
    if (!banner) throw new Error('the expiry message is not in an alert');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('status')).toHaveTextContent(
      '1 条待同步 · 尚未同步 · 登录已过期',
    );
    // The person can keep working: the workspace is still there.
    expect(
      screen.getByRole('heading', { level: 1, name: '小松村委会 · 村工作台' }),
    ).toBeInTheDocument();

    const link = within(banner).getByRole('link', { name: '重新登录' });
    expect(link).toHaveAttribute('href', '/login?user=cadre-360735101200');
    await user.click(link);
    expect(await screen.findByLabelText('账号')).toHaveValue('cadre-360735101200');
    expect(await countOutbox(db)).toBe(1);
  });

  it('goes away after signing in again, with the queue intact', async () => {
    const user = userEvent.setup();
    await queueDraft(db);
    await markSessionExpired(db);
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(JSON.stringify({ token: 'tok-2', user: cadre }), { status: 200 }),
      ),
    );
    renderApp('/login?user=cadre-360735101200', db);
    await screen.findByText('登录已过期，请重新登录；未同步的记录已保留在本机');
    await user.type(await screen.findByLabelText('密码'), 'right');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '小松村委会 · 村工作台' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText('登录已过期，请重新登录；未同步的记录已保留在本机')).toBeNull(),
    );
    expect(await getSession(db)).toMatchObject({ token: 'tok-2', state: 'active' });
    expect(await countOutbox(db)).toBe(1);
  });
});
