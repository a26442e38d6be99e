// The township reviewer opens 村设置 for one village: each setting is explained with its
// default, a change is saved and shows in the history, switching the phone page to full
// names asks first, and a save without a connection says so and keeps what was typed.
// The village cadre only reads. The server is a stub answering the settings endpoint.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { saveSession } from '../../data';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';
import {
  applySettingsUpdate,
  DEFAULT_VILLAGE_SETTINGS,
  settingChanges,
  type VillageSettingsResponse,
  type VillageSettingsUpdate,
} from '../../domain/village-settings';

const VILLAGE = '360735101200'; // 小松村委会
const URL = `/review/villages/${VILLAGE}/settings`;
const CHANGED_AT = Date.UTC(2025, 10, 20, 2, 5); // 2025-11-20 10:05 in China

const reviewer: User = {
  id: uuidv7(),
  username: 'reviewer',
  displayName: '审核员刘芳',
  role: 'township-reviewer',
  regionCode: '360735101',
};
const cadre: User = {
  id: uuidv7(),
  username: 'cadre-360735101200',
  displayName: '曾国华',
  role: 'village-cadre',
  regionCode: VILLAGE,
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

let stored: VillageSettingsResponse;
let puts: VillageSettingsUpdate[];
let isServerReachable: boolean;
/** a change another reviewer saves just before this one's next PUT arrives */
let otherSave: VillageSettingsResponse | null;

beforeEach(async () => {
  await resetAppState();
  stored = {
    villageCode: VILLAGE,
    settings: { ...DEFAULT_VILLAGE_SETTINGS },
    defaults: { ...DEFAULT_VILLAGE_SETTINGS },
    version: 0,
    changes: [],
  };
  puts = [];
  isServerReachable = true;
  otherSave = null;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit) => {
      if (isServerReachable && input === `/api/villages/${VILLAGE}/settings`) {
        if (init.method === 'PUT' && otherSave) {
          stored = otherSave;
          otherSave = null;
          return json(409, { error: 'stale-version' });
        }
        if (init.method === 'PUT') {
          const update = JSON.parse(String(init.body)) as VillageSettingsUpdate;
          puts.push(update);
          const settings = applySettingsUpdate(stored.settings, update);
          const changes = settingChanges(stored.settings, settings).map((c) => ({
            ...c,
            changedAt: CHANGED_AT,
            changedBy: reviewer.displayName,
          }));
          stored = {
            ...stored,
            settings,
            version: stored.version + 1,
            changes: [...changes, ...stored.changes],
          };
        }
        return json(200, stored);
      }
      // Sync and everything else: out of reach, which the page must not depend on.
      throw new TypeError('Failed to fetch');
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openAs(user: User) {
  const db = freshDatabase();
  await saveSession(db, { token: 'tok-1', user });
  renderApp(URL, db);
  await screen.findByRole('heading', { level: 1, name: '小松村委会 · 村设置' });
}

describe('VillageSettingsPage', { timeout: 20_000 }, () => {
  it('explains each setting with its default, saves a change and lists it', async () => {
    const user = userEvent.setup();
    await openAs(reviewer);

    const names = await screen.findByRole('group', { name: '手机页面上的姓名' });
    expect(within(names).getByRole('radio', { name: /部分隐藏.*（默认）/ })).toBeChecked();
    expect(within(names).getByRole('radio', { name: '显示完整姓名' })).not.toBeChecked();
    expect(names).toHaveTextContent('查询一体机和张贴的纸质公示单始终显示完整姓名');
    const grace = screen.getByRole('textbox', { name: /名单在手机页面上再保留几天/ });
    expect(grace).toHaveValue('30');
    expect(grace).toHaveAccessibleDescription(/默认：30 天/);
    const reply = screen.getByRole('textbox', { name: /答复村民异议的期限/ });
    expect(reply).toHaveAccessibleDescription(/默认：5 个工作日/);
    expect(screen.getByText('还没有改过，全部使用默认值。')).toBeInTheDocument();
    expect(screen.getByText(/查看和修改都需要联网/)).toBeInTheDocument();

    await user.clear(grace);
    await user.type(grace, '10');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(/已保存/)).toBeInTheDocument();
    expect(puts).toEqual([{ baseVersion: 0, phoneGraceDays: 10 }]);
    const history = screen.getByRole('region', { name: '修改记录' });
    expect(history).toHaveTextContent(
      '2025-11-20 10:05，审核员刘芳把“名单保留天数”从“30 天”改为“10 天”',
    );
  });

  it('asks before putting full names on the internet, and saves only after yes', async () => {
    const user = userEvent.setup();
    await openAs(reviewer);

    await user.click(await screen.findByRole('radio', { name: '显示完整姓名' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    const question = screen.getByRole('heading', { name: '互联网上将显示完整姓名' });
    expect(question).toHaveFocus();
    expect(puts).toEqual([]);

    await user.click(screen.getByRole('button', { name: '取消，不保存' }));
    expect(screen.queryByRole('heading', { name: '互联网上将显示完整姓名' })).toBeNull();
    expect(puts).toEqual([]);
    // The choice is still there to reconsider.
    expect(screen.getByRole('radio', { name: '显示完整姓名' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: '保存' }));
    await user.click(screen.getByRole('button', { name: '确认，显示完整姓名' }));
    expect(await screen.findByText(/已保存/)).toBeInTheDocument();
    expect(puts).toEqual([{ baseVersion: 0, phoneNames: 'full' }]);
    expect(screen.getByRole('region', { name: '修改记录' })).toHaveTextContent(
      '把“手机页面上的姓名”从“部分隐藏”改为“完整姓名”',
    );
  });

  it('says a save without a connection did not happen, keeps what was typed, and saves later', async () => {
    const user = userEvent.setup();
    await openAs(reviewer);
    const reply = await screen.findByRole('textbox', { name: /答复村民异议的期限/ });
    await user.clear(reply);
    await user.type(reply, '3');

    isServerReachable = false;
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/没有保存：现在连不上网络/)).toBeInTheDocument();
    expect(reply).toHaveValue('3');

    isServerReachable = true;
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/已保存/)).toBeInTheDocument();
    expect(puts).toEqual([{ baseVersion: 0, objectionReplyWorkingDays: 3 }]);
  });

  it('does not overwrite a change someone else saved meanwhile, and keeps what was typed', async () => {
    const user = userEvent.setup();
    await openAs(reviewer);
    const grace = await screen.findByRole('textbox', { name: /名单在手机页面上再保留几天/ });
    await user.clear(grace);
    await user.type(grace, '10');
    otherSave = {
      ...stored,
      settings: { ...stored.settings, objectionReplyWorkingDays: 3 },
      version: 1,
      changes: [
        {
          setting: 'objectionReplyWorkingDays',
          from: '5',
          to: '3',
          changedAt: CHANGED_AT,
          changedBy: '县管理员王强',
        },
      ],
    };
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText(/没有保存：刚才有人改过这个村的设置/)).toBeInTheDocument();
    expect(grace).toHaveValue('10');
    // The field this reviewer did not touch shows the other person's value.
    expect(screen.getByRole('textbox', { name: /答复村民异议的期限/ })).toHaveValue('3');
    expect(screen.getByRole('region', { name: '修改记录' })).toHaveTextContent(
      '县管理员王强把“异议答复期限”从“5 个工作日”改为“3 个工作日”',
    );
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/已保存/)).toBeInTheDocument();
    // Only what this reviewer changed is sent, from the version they now see.
    expect(puts).toEqual([{ baseVersion: 1, phoneGraceDays: 10 }]);
  });

  it('says the page needs the network when it cannot load, and loads on retry', async () => {
    const user = userEvent.setup();
    isServerReachable = false;
    await openAs(reviewer);
    expect(await screen.findByText(/现在连不上网络，读不到村设置/)).toBeInTheDocument();

    isServerReachable = true;
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(await screen.findByRole('group', { name: '手机页面上的姓名' })).toBeInTheDocument();
  });

  it.each([
    ['366', /名单在手机页面上再保留几天/, '请填写 0 到 365 之间的整数。'],
    ['三十', /名单在手机页面上再保留几天/, '请填写 0 到 365 之间的整数。'],
    ['0', /答复村民异议的期限/, '请填写 1 到 15 之间的整数。'],
  ])('refuses %s in the form and sends nothing', async (typed, field, message) => {
    const user = userEvent.setup();
    await openAs(reviewer);
    const input = await screen.findByRole('textbox', { name: field });
    await user.clear(input);
    await user.type(input, typed);
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(new RegExp(message));
    expect(puts).toEqual([]);
  });

  it('opens from the village’s row on the township dashboard', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    await saveSession(db, { token: 'tok-1', user: reviewer });
    renderApp('/review/dashboard', db);
    const table = await screen.findByRole('table', { name: '各村应公开、已公开和逾期情况' });
    const row = within(table).getByRole('row', { name: /^小松村委会/ });
    await user.click(within(row).getByRole('link', { name: '小松村委会的村设置' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '小松村委会 · 村设置' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: '手机页面上的姓名' })).toBeInTheDocument();
  });

  it('shows the village cadre the settings without a way to change them', async () => {
    await openAs(cadre);
    expect(await screen.findByText(/只有乡镇审核人员和县管理员可以修改村设置/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /部分隐藏/ })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /名单在手机页面上再保留几天/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
    await waitFor(() => expect(puts).toEqual([]));
  });
});
