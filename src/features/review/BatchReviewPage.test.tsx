// The supervision committee and the township review a payout batch: approving needs the
// 已保密审查 tick and a batch free of personal data, returning needs a reason, each role
// sees only its own step, findings are shown at their line and field, and a correction
// shows what it changed. Real Dexie on fake-indexeddb; decisions are queued for sync.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { layOutLikeAPhone } from '../../../test/helpers/phone-layout';
import {
  signInOnDevice,
  TEST_VILLAGE_CODE,
  testUser,
} from '../../../test/helpers/signed-in-device';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { listOutbox, type AppDatabase } from '../../data';
import { makeFakeIdNumber } from '../../domain/fixtures-id';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';

const VILLAGE_CODE = TEST_VILLAGE_CODE;
const reviewer = testUser('township-reviewer');
const supervisor = testUser('village-supervisor');
const HEADING = '审核补贴发放：2025年耕地地力保护补贴 · 小松村委会';

let db: AppDatabase;
beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
  layOutLikeAPhone();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function batch(overrides: Partial<PayoutBatch> = {}): PayoutBatch {
  return draftBatch({
    villageCode: VILLAGE_CODE,
    version: 5,
    state: 'checked',
    submittedAt: 1_760_000_000_000,
    ...overrides,
  });
}

let seq = 0;
function line(of: PayoutBatch, name: string, overrides: Partial<PayoutLine> = {}): PayoutLine {
  seq += 1;
  return {
    id: uuidv7(),
    version: 0,
    createdAt: 1_750_000_000_000 + seq,
    updatedAt: 1_750_000_000_000 + seq,
    batchId: of.id,
    villageCode: of.villageCode,
    group: '第一组',
    name,
    namePinyin: '',
    idNumber: makeFakeIdNumber('360735', '1970-01-01', seq),
    account: '6222021234567890128',
    quantityCenti: 100,
    unit: '亩',
    rateFen: 11_250,
    amountFen: 11_250,
    paidOn: null,
    remark: '',
    adjusted: false,
    adjustReason: '',
    ...overrides,
  };
}

async function openBatch(user: User, item: PayoutBatch, lines: PayoutLine[]) {
  await signInOnDevice(db, user);
  await db.batches.add(item);
  await db.lines.bulkAdd(lines);
  renderApp(`/review/batches/${item.id}`, db);
  await screen.findByRole('heading', { level: 1, name: HEADING });
  return userEvent.setup({ delay: null });
}

describe('reviewing a payout batch', { timeout: 30_000 }, () => {
  it('shows totals and masked lines, refuses to approve without 已保密审查, then queues the approval', async () => {
    const item = batch();
    const zhang = line(item, '张三', { group: '第一组' });
    const user = await openBatch(reviewer, item, [
      zhang,
      line(item, '李四', { group: '第二组', quantityCenti: 50, amountFen: 5_625 }),
    ]);
    expect(screen.getAllByText('共 2 户，合计 168.75 元')).not.toHaveLength(0);
    const list = screen.getByRole('table', { name: /发放明细/ });
    // Staff see the ID as first 6 + last 4 and the account as its last 4, never in full.
    const maskedId = `${zhang.idNumber.slice(0, 6)}********${zhang.idNumber.slice(14)}`;
    expect(within(list).getByText(maskedId)).toBeInTheDocument();
    expect(within(list).queryByText(zhang.idNumber)).not.toBeInTheDocument();
    expect(within(list).getAllByText('**** 0128')).not.toHaveLength(0);
    expect(
      screen.getByText('自动检查没有发现身份证号、银行卡号或手机号。请再人工核对一遍。'),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '批准公开' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '公开前请先完成保密审查并勾选“已保密审查”。',
    );
    expect((await db.batches.get(item.id))?.state).toBe('checked');
    expect(await listOutbox(db)).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: /已保密审查/ }));
    await user.click(screen.getByRole('button', { name: '批准公开' }));
    expect(await screen.findByText('已批准公开，联网后同步。')).toBeInTheDocument();
    expect((await db.batches.get(item.id))?.state).toBe('published');
    expect(await listOutbox(db)).toMatchObject([
      {
        name: 'review.transition',
        baseVersion: 5,
        args: { itemKind: 'batch', itemId: item.id, action: 'approve', privacyChecked: true },
      },
    ]);
  });

  it('refuses to return without a reason, then returns the batch to the cadre with it', async () => {
    const item = batch();
    const user = await openBatch(reviewer, item, [line(item, '张三')]);
    await user.click(screen.getByRole('button', { name: '退回修改' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('退回时必须填写原因。');
    expect(screen.getByLabelText('退回原因')).toHaveAttribute('aria-invalid', 'true');
    expect(await listOutbox(db)).toEqual([]);

    await user.type(screen.getByLabelText('退回原因'), '第一组面积与台账不符。');
    await user.click(screen.getByRole('button', { name: '退回修改' }));
    expect(await screen.findByText('已退回，联网后同步给村干部。')).toBeInTheDocument();
    expect(await db.batches.get(item.id)).toMatchObject({
      state: 'draft',
      returnedReason: '第一组面积与台账不符。',
    });
    expect((await listOutbox(db))[0]?.args).toMatchObject({
      itemKind: 'batch',
      action: 'return',
      reason: '第一组面积与台账不符。',
    });
  });

  it('offers the supervision committee its check, not the township’s approval', async () => {
    const item = batch({ state: 'submitted' });
    const user = await openBatch(supervisor, item, [line(item, '张三')]);
    expect(screen.queryByRole('button', { name: '批准公开' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /已保密审查/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '审核通过，报乡镇审核' }));
    expect(await screen.findByText('已审核通过，联网后同步到乡镇。')).toBeInTheDocument();
    expect((await db.batches.get(item.id))?.state).toBe('checked');
    expect((await listOutbox(db))[0]?.args).toMatchObject({ itemKind: 'batch', action: 'check' });
  });

  it('tells the township the batch needs nothing from it before the committee has checked it', async () => {
    const item = batch({ state: 'submitted' });
    await openBatch(reviewer, item, [line(item, '张三')]);
    expect(screen.getByText('这个发放批次现在不需要你审核。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '批准公开' })).not.toBeInTheDocument();
  });

  it('shows personal data at its line and field and will not approve it', async () => {
    const item = batch();
    const user = await openBatch(reviewer, item, [
      line(item, '张三'),
      line(item, '曾国华', { remark: '本人电话 13812345678 请联系' }),
    ]);
    const privacy = screen.getByRole('region', { name: '保密审查（自动检查）' });
    expect(within(privacy).getByText(/发现 1 处个人信息/)).toBeInTheDocument();
    expect(within(privacy).getByText('第 2 行 · 曾国华 · 备注')).toBeInTheDocument();
    expect(within(privacy).getByText('这里有手机号')).toBeInTheDocument();
    // Read-only: nothing here opens the line for editing.
    expect(within(privacy).queryByRole('button')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /已保密审查/ }));
    await user.click(screen.getByRole('button', { name: '批准公开' }));
    expect(
      await screen.findByText('内容里有身份证号、银行卡号或手机号等个人信息，请删除后再提交。'),
    ).toBeInTheDocument();
    expect((await db.batches.get(item.id))?.state).toBe('checked');
    expect(await listOutbox(db)).toEqual([]);
  });

  it('shows what a correction changed against the published batch it corrects', async () => {
    const published = batch({ state: 'published' });
    const old = line(published, '张三');
    await db.batches.add(published);
    await db.lines.add(old);
    const correction = batch({ correctsId: published.id });
    await openBatch(reviewer, correction, [
      line(correction, '张三', { idNumber: old.idNumber, quantityCenti: 200, amountFen: 22_500 }),
      line(correction, '王五', { group: '第二组' }),
    ]);
    const diff = screen.getByRole('region', { name: '与上一版本的差异' });
    expect(within(diff).getByText('合计由 112.50 元变为 337.50 元')).toBeInTheDocument();
    expect(within(diff).getByText(/^新增：第二组 · 王五 · 360735\*{8}/)).toBeInTheDocument();
    expect(within(diff).getByText('金额（元）：原为“112.50”，现为“225.00”')).toBeInTheDocument();
  });
});
