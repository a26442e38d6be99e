// The township reviewer's decision on a notice: approving needs the 已保密审查 tick,
// returning needs a reason, and a resubmitted notice shows what the village changed.
// Real Dexie on fake-indexeddb; the decision is queued for sync like any other save.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  signInOnDevice,
  TEST_VILLAGE_CODE,
  testUser,
} from '../../../test/helpers/signed-in-device';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { listOutbox, type AppDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';

const VILLAGE_CODE = TEST_VILLAGE_CODE;
const reviewer = testUser('township-reviewer');
const supervisor = testUser('village-supervisor');

function notice(overrides: Partial<Notice> = {}): Notice {
  return {
    id: uuidv7(),
    version: 7,
    createdAt: 1_760_000_000_000,
    updatedAt: 1_760_000_000_000,
    villageCode: VILLAGE_CODE,
    category: 'village',
    type: 'assembly-resolution',
    title: '关于村内道路硬化项目的决议公开',
    body: '同意实施第三组至第五组通组道路硬化。\n预算 36 万元。',
    periodStart: '2025-11-03',
    periodEnd: '2025-11-11',
    attachments: [],
    state: 'checked',
    authorId: uuidv7(),
    submittedAt: 1_760_000_000_000,
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

async function openItem(user: User, item: Notice) {
  await signInOnDevice(db, user);
  await db.notices.add(item);
  renderApp(`/review/notices/${item.id}`, db);
  await screen.findByRole('heading', { level: 1, name: '审核公告 · 小松村委会' });
  return userEvent.setup();
}

describe('reviewing a notice', { timeout: 30_000 }, () => {
  it('refuses to approve until 已保密审查 is ticked, then queues the approval', async () => {
    const item = notice();
    const user = await openItem(reviewer, item);
    expect(screen.getByText(/自动检查没有发现身份证号/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '批准公开' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '公开前请先完成保密审查并勾选“已保密审查”。',
    );
    expect((await db.notices.get(item.id))?.state).toBe('checked');
    expect(await listOutbox(db)).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: /已保密审查/ }));
    await user.click(screen.getByRole('button', { name: '批准公开' }));
    expect(await screen.findByText('已批准公开，联网后同步。')).toBeInTheDocument();
    expect((await db.notices.get(item.id))?.state).toBe('published');
    const [entry] = await listOutbox(db);
    expect(entry).toMatchObject({
      name: 'review.transition',
      baseVersion: 7,
      args: { itemKind: 'notice', itemId: item.id, action: 'approve', privacyChecked: true },
    });
  });

  it('refuses to return without a reason; the reason reaches the cadre and the next version shows its changes', async () => {
    const item = notice();
    const user = await openItem(reviewer, item);
    expect(screen.getByText('本机没有可比较的上一版本（第一次提交）。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '退回修改' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('退回时必须填写原因。');
    expect(screen.getByLabelText('退回原因')).toHaveAttribute('aria-invalid', 'true');
    expect(await listOutbox(db)).toEqual([]);

    await user.type(screen.getByLabelText('退回原因'), '请写明资金来源。');
    await user.click(screen.getByRole('button', { name: '退回修改' }));
    expect(await screen.findByText('已退回，联网后同步给村干部。')).toBeInTheDocument();
    expect(await db.notices.get(item.id)).toMatchObject({
      state: 'draft',
      returnedReason: '请写明资金来源。',
    });
    expect((await listOutbox(db))[0]?.args).toMatchObject({
      action: 'return',
      reason: '请写明资金来源。',
    });

    // The village adds the funding source and resubmits; the township gets it back.
    await db.notices.update(item.id, {
      state: 'checked',
      version: 12,
      body: `${item.body}\n资金来源为上级项目资金。`,
    });
    const diff = await screen.findByRole('region', { name: '与上一版本的差异' });
    await waitFor(() =>
      expect(within(diff).getByText('新增：资金来源为上级项目资金。')).toBeInTheDocument(),
    );
  });

  it('lets the village supervision committee check a submitted notice', async () => {
    const item = notice({ state: 'submitted' });
    const user = await openItem(supervisor, item);
    expect(screen.queryByRole('button', { name: '批准公开' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '审核通过，报乡镇审核' }));
    expect(await screen.findByText('已审核通过，联网后同步到乡镇。')).toBeInTheDocument();
    expect((await db.notices.get(item.id))?.state).toBe('checked');
  });

  it('shows personal data found in the notice and will not approve it', async () => {
    const item = notice({ body: '联系人手机 13812345678。' });
    const user = await openItem(reviewer, item);
    const privacy = screen.getByRole('region', { name: '保密审查（自动检查）' });
    expect(within(privacy).getByText('13812345678').tagName).toBe('MARK');
    await user.click(screen.getByRole('checkbox', { name: /已保密审查/ }));
    await user.click(screen.getByRole('button', { name: '批准公开' }));
    expect(
      await screen.findByText('内容里有身份证号、银行卡号或手机号等个人信息，请删除后再提交。'),
    ).toBeInTheDocument();
    expect((await db.notices.get(item.id))?.state).toBe('checked');
  });
});
