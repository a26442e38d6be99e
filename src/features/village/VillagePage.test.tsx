// A cadre creates a payout batch draft on the phone: validation in words beside the
// fields, "已保存在本机" after saving, the batch listed with its states, the global sync
// status counting it, and the browser asked to keep the data. Real Dexie on fake-indexeddb.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import type { PayoutLine } from '../../domain/payout';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';

const VILLAGE = '/village/360735101200';

beforeEach(resetAppState);
afterEach(() => {
  // Remove the stubbed navigator.storage again (jsdom has none of its own).
  Reflect.deleteProperty(navigator, 'storage');
});

async function openWorkspace() {
  const user = userEvent.setup();
  const app = renderApp(VILLAGE);
  await screen.findByRole('heading', { level: 1, name: '小松村委会 · 村工作台' });
  await screen.findByText('本机还没有发放批次。');
  return { user, ...app };
}

describe('village workspace', () => {
  it('refuses an empty item and year with translated errors beside the fields, and saves nothing', async () => {
    const { user, db } = await openWorkspace();
    const year = screen.getByLabelText('年度');
    await user.clear(year);
    await user.click(screen.getByRole('button', { name: '保存草稿' }));

    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(year).toHaveAccessibleDescription(expect.stringContaining('请填写年度'));
    expect(screen.getByLabelText('补贴项目')).toHaveAccessibleDescription(
      expect.stringContaining('请填写补贴项目'),
    );
    expect(year).toHaveFocus();
    expect(await db.batches.count()).toBe(0);
    expect(screen.getByText('0 条待同步 · 尚未同步')).toBeInTheDocument();
  });

  it('saves a draft on the device, announces it, lists it and counts it as waiting to sync', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persist, persisted: () => Promise.resolve(false) },
    });
    const { user, db } = await openWorkspace();
    expect(await screen.findByText('0 条待同步 · 尚未同步')).toBeInTheDocument();

    const year = screen.getByLabelText('年度');
    await user.clear(year);
    await user.type(year, '2025');
    await user.type(screen.getByLabelText('补贴项目'), '耕地地力保护补贴');
    await user.type(screen.getByLabelText('计量单位'), '亩');
    await user.type(screen.getByLabelText('补贴标准'), '112.5元/亩');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));

    expect(await screen.findByText('已保存在本机')).toHaveAttribute('role', 'status');
    expect(await screen.findByText('1 条待同步 · 尚未同步')).toBeInTheDocument();

    const list = screen.getByRole('region', { name: '本机上的发放批次' });
    const item = await within(list).findByRole('listitem');
    expect(item).toHaveTextContent('2025年耕地地力保护补贴');
    expect(item).toHaveTextContent('草稿');
    expect(item).toHaveTextContent('仅本机');
    expect(await within(item).findByText('0 户')).toBeInTheDocument();
    expect(within(item).getByText('0.00 元')).toBeInTheDocument();

    const [saved] = await db.batches.toArray();
    expect(saved).toMatchObject({
      villageCode: '360735101200',
      year: 2025,
      item: '耕地地力保护补贴',
      unit: '亩',
      rateText: '112.5元/亩',
      state: 'draft',
    });

    // Asked once, after the first save, and the answer told in words.
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/浏览器不会自动清除这些记录/)).toBeInTheDocument();
    // The item field is cleared for the next batch; year and unit stay.
    expect(screen.getByLabelText('补贴项目')).toHaveValue('');
    expect(screen.getByLabelText('计量单位')).toHaveValue('亩');

    await user.type(screen.getByLabelText('补贴项目'), '稻谷目标价格补贴');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('2 条待同步 · 尚未同步')).toBeInTheDocument();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('marks a batch the township has as 待同步 while an edit waits, and 已同步 once it is sent', async () => {
    const { user, db } = await openWorkspace();
    await user.type(screen.getByLabelText('补贴项目'), '耕地地力保护补贴');
    await user.type(screen.getByLabelText('计量单位'), '亩');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    const list = screen.getByRole('region', { name: '本机上的发放批次' });
    const item = await within(list).findByRole('listitem');
    expect(item).toHaveTextContent('仅本机');

    // As a pull would leave it: the server confirmed the batch, the entry is still queued.
    const [saved] = await db.batches.toArray();
    await db.batches.update(saved!.id, { version: 1 });
    await waitFor(() => expect(item).toHaveTextContent('待同步'));

    await db.outbox.clear();
    await waitFor(() => expect(item).toHaveTextContent('已同步'));
  });

  it('lists a saved batch at once and then shows the database as it is, even if it goes away', async () => {
    const { user, db } = await openWorkspace();
    await user.type(screen.getByLabelText('补贴项目'), '耕地地力保护补贴');
    await user.type(screen.getByLabelText('计量单位'), '亩');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    const list = screen.getByRole('region', { name: '本机上的发放批次' });
    expect(await within(list).findByRole('listitem')).toHaveTextContent('耕地地力保护补贴');
    // Saved in the same redraw as the batch appears: never listed but unsaved.
    expect(screen.getByText('已保存在本机')).toBeInTheDocument();

    // As a pull leaves a refused draft: the record is gone from the device.
    const [saved] = await db.batches.toArray();
    await db.transaction('rw', db.batches, db.outbox, async () => {
      await db.batches.delete(saved!.id);
      await db.outbox.clear();
    });
    expect(await within(list).findByText('本机还没有发放批次。')).toBeInTheDocument();
  });

  it('says in words when the browser will not keep the data', async () => {
    // jsdom has no navigator.storage: the "unsupported" answer.
    const { user } = await openWorkspace();
    await user.type(screen.getByLabelText('补贴项目'), '高龄津贴');
    await user.type(screen.getByLabelText('计量单位'), '人');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText(/这个浏览器不支持持久保存/)).toBeInTheDocument();
  });

  it('shows each batch with its households and total amount, from its lines', async () => {
    const db = freshDatabase();
    const batch = draftBatch({ villageCode: '360735101200', year: 2025, item: '耕地地力保护补贴' });
    await db.batches.add(batch);
    const line = (id: string, name: string, amountFen: number): PayoutLine => ({
      id,
      version: 0,
      createdAt: 1,
      updatedAt: 1,
      batchId: batch.id,
      villageCode: '360735101200',
      group: '第一组',
      name,
      namePinyin: '',
      idNumber: '',
      account: '',
      quantityCenti: 100,
      unit: '亩',
      rateFen: amountFen,
      amountFen,
      paidOn: null,
      remark: '',
      adjusted: false,
      adjustReason: '',
    });
    await db.lines.bulkAdd([
      line('0190a0a0-0000-7000-8000-000000000001', '曾国华', 1_234_56),
      line('0190a0a0-0000-7000-8000-000000000002', '欧阳娜娜', 11_250),
    ]);
    renderApp(VILLAGE, db);
    const list = await screen.findByRole('region', { name: '本机上的发放批次' });
    const item = await within(list).findByRole('listitem');
    expect(await within(item).findByText('2 户')).toBeInTheDocument();
    expect(within(item).getByText('1,347.06 元')).toBeInTheDocument();
  });
});
