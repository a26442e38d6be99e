// The township review screen lists what sync brought to this device, grouped by village,
// with each item's state in words; nothing outside the reviewer's township.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { signInOnDevice, testUser } from '../../../test/helpers/signed-in-device';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import type { AppDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import { uuidv7 } from '../../domain/uuid';
import { listRegionItems } from './review-queries';

const reviewer = testUser('township-reviewer');
const at = (day: number, hours: number) => new Date(2025, 5, day, hours, 0).getTime();

function notice(overrides: Partial<Notice>): Notice {
  return {
    id: uuidv7(),
    version: 3,
    createdAt: at(1, 8),
    updatedAt: at(1, 8),
    villageCode: '360735101200',
    category: 'finance',
    type: 'finance-statement',
    title: '2025年第二季度财务收支公开',
    body: '',
    periodStart: null,
    periodEnd: null,
    attachments: [],
    state: 'checked',
    authorId: uuidv7(),
    submittedAt: null,
    returnedReason: null,
    correctsId: null,
    ...overrides,
  };
}

let db: AppDatabase;
beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
});

async function seedTownship() {
  await db.batches.bulkAdd([
    draftBatch({
      villageCode: '360735101200',
      item: '耕地地力保护补贴',
      state: 'submitted',
      updatedAt: at(2, 9),
    }),
    draftBatch({
      villageCode: '360735101201',
      item: '高龄津贴',
      state: 'published',
      updatedAt: at(3, 9),
    }),
    // 屏山镇: another township, not this reviewer's.
    draftBatch({ villageCode: '360735102200', item: '生态公益林补偿', updatedAt: at(4, 9) }),
  ]);
  await db.notices.add(notice({ updatedAt: at(5, 10) }));
}

describe('review list', { timeout: 30_000 }, () => {
  it('groups the township’s batches and notices by village, with state and time in words', async () => {
    await signInOnDevice(db, reviewer);
    await seedTownship();
    renderApp('/review', db);

    const xiaosong = await screen.findByRole('region', { name: '小松村委会' });
    const luoyuan = screen.getByRole('region', { name: '罗源村委会' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '小松村委会',
      '罗源村委会',
    ]);

    const items = within(xiaosong).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // Latest change first.
    expect(items[0]).toHaveTextContent('2025年第二季度财务收支公开');
    expect(items[0]).toHaveTextContent('公告');
    expect(items[0]).toHaveTextContent('待乡镇审核');
    expect(items[0]).toHaveTextContent('2025-06-05 10:00');
    expect(items[1]).toHaveTextContent('2025年耕地地力保护补贴');
    expect(items[1]).toHaveTextContent('发放批次');
    expect(items[1]).toHaveTextContent('待村监委审核');

    expect(within(luoyuan).getAllByRole('listitem')).toHaveLength(1);
    expect(luoyuan).toHaveTextContent('2025年高龄津贴');
    expect(luoyuan).toHaveTextContent('已公开');
    expect(screen.queryByText(/生态公益林补偿/)).not.toBeInTheDocument();
  });

  it('narrows the queue by state and village, says how many match, and opens a notice', async () => {
    await signInOnDevice(db, reviewer);
    await seedTownship();
    const { router } = renderApp('/review', db);
    const user = userEvent.setup();
    await screen.findByRole('region', { name: '小松村委会' });
    expect(screen.getByText('共 3 项')).toHaveAttribute('role', 'status');

    await user.selectOptions(screen.getByLabelText('状态'), '待审核（村监委或乡镇）');
    expect(await screen.findByText('共 2 项')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '罗源村委会' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?state=waiting');

    await user.selectOptions(screen.getByLabelText('村'), '罗源村委会');
    expect(await screen.findByText('没有符合筛选条件的内容。')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('村'), '小松村委会');
    await user.click(await screen.findByRole('link', { name: '2025年第二季度财务收支公开' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '审核公告 · 小松村委会' }),
    ).toBeInTheDocument();
  });

  it('opens a payout batch from the queue for review', async () => {
    await signInOnDevice(db, reviewer);
    await seedTownship();
    const { router } = renderApp('/review', db);
    const user = userEvent.setup();
    const xiaosong = await screen.findByRole('region', { name: '小松村委会' });
    await user.click(within(xiaosong).getByRole('link', { name: '2025年耕地地力保护补贴' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '审核补贴发放：2025年耕地地力保护补贴 · 小松村委会',
      }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/review\/batches\/[0-9a-f-]{36}$/);
  });

  it('says in words when nothing of the township is on the device', async () => {
    await signInOnDevice(db, reviewer);
    renderApp('/review', db);
    expect(
      await screen.findByText('本机还没有本乡镇的内容。联网同步后会显示在这里。'),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).queryByRole('list')).not.toBeInTheDocument();
  });

  it('asks to sign in first when nobody is signed in', async () => {
    renderApp('/review', db);
    expect(await screen.findByText(/请先登录审核人员账号/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: '去登录' })).toHaveAttribute(
      'href',
      '/login',
    );
  });
});

describe('listRegionItems', () => {
  it('keeps one village to itself when given a village code', async () => {
    await seedTownship();
    const groups = await listRegionItems(db, '360735101201');
    expect(groups.map((g) => [g.villageCode, g.items.length])).toEqual([['360735101201', 1]]);
  });
});
