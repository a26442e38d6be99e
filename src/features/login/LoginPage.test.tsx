// Signing in as a person does it: labelled fields, a translated message when it fails,
// and the person's own place when it works.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetAppState } from '../../app/test-render-app';
import { getSession } from '../../data';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';

const cadre: User = {
  id: uuidv7(),
  username: 'cadre-360735101200',
  displayName: '曾国华',
  role: 'village-cadre',
  regionCode: '360735101200',
};

function answer(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status }));
}

beforeEach(resetAppState);
afterEach(() => {
  vi.unstubAllGlobals();
});

async function signInWith(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('账号'), username);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('sign-in errors are shown in words', () => {
  it.each([
    ['a wrong password', answer(401, { error: 'bad-credentials' }), '账号或密码不对，请再试一次。'],
    ['too many tries', answer(429, { error: 'rate-limited' }), '操作太频繁，请稍后再试。'],
    [
      'no network',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
      '没有网络连接。请联网后再试；本机记录不会丢失。',
    ],
    ['a broken server', answer(502, {}), '服务器出了问题，请稍后再试。本机记录不会丢失。'],
  ])('%s', async (_case, fetchImpl, message) => {
    vi.stubGlobal('fetch', fetchImpl);
    const { db } = renderApp('/login');
    await signInWith('cadre-360735101200', 'wrong');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(message));
    expect(screen.getByRole('heading', { level: 1, name: '登录' })).toBeInTheDocument();
    expect(await getSession(db)).toBeNull();
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('asks for both fields before sending anything', async () => {
    const fetchImpl = answer(200, {});
    vi.stubGlobal('fetch', fetchImpl);
    const user = userEvent.setup();
    renderApp('/login');
    await user.click(await screen.findByRole('button', { name: '登录' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请填写账号和密码。');
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe('successful sign-in', () => {
  it('keeps the session on the device, opens the cadre’s village and shows who is signed in', async () => {
    const fetchImpl = answer(200, { token: 'tok-1', user: cadre });
    vi.stubGlobal('fetch', fetchImpl);
    const { db } = renderApp('/login');
    await signInWith(cadre.username, 'right');
    expect(
      await screen.findByRole('heading', { level: 1, name: '小松村委会 · 村工作台' }),
    ).toBeInTheDocument();
    const account = screen.getByRole('region', { name: '当前账号' });
    expect(account).toHaveTextContent('已登录：曾国华（村干部）');
    expect(within(account).getByRole('button', { name: '退出登录' })).toBeInTheDocument();
    expect(await getSession(db)).toMatchObject({ token: 'tok-1', state: 'active' });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/login');
    expect(JSON.parse(String(init.body))).toEqual({ username: cadre.username, password: 'right' });
  });

  it('opens the review list for a township reviewer', async () => {
    const reviewer: User = {
      ...cadre,
      id: uuidv7(),
      username: 'reviewer',
      role: 'township-reviewer',
      regionCode: '360735101',
    };
    vi.stubGlobal('fetch', answer(200, { token: 'tok-2', user: reviewer }));
    renderApp('/login');
    await signInWith('reviewer', 'right');
    expect(await screen.findByRole('heading', { level: 1, name: '审核' })).toBeInTheDocument();
  });

  it('fills in the account named in the link', async () => {
    renderApp('/login?user=cadre-360735101200');
    expect(await screen.findByLabelText('账号')).toHaveValue('cadre-360735101200');
    expect(screen.getByLabelText('密码')).toHaveValue('');
  });
});
