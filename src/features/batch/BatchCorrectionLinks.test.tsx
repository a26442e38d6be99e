// A cadre finds a mistake in a published payout list: "发布更正" copies the batch with all
// its households into a new draft and opens it, which names the list it replaces. The
// button shows only to the village cadre and only while no correction exists; otherwise
// the page links to the correction. Real Dexie on fake-indexeddb, the whole app.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { layOutLikeAPhone } from '../../../test/helpers/phone-layout';
import { signInOnDevice, testUser } from '../../../test/helpers/signed-in-device';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { listOutbox, type AppDatabase } from '../../data';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { uuidv7 } from '../../domain/uuid';
import { formatDateTime } from '../../ui/format-time';

const PUBLISHED_AT = new Date(2025, 6, 1, 10, 0).getTime();
const TITLE = '2025年耕地地力保护补贴';
let db: AppDatabase;

beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
  layOutLikeAPhone();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function published(overrides: Partial<PayoutBatch> = {}): PayoutBatch {
  return draftBatch({
    version: 9,
    state: 'published',
    submittedAt: PUBLISHED_AT,
    publishedAt: PUBLISHED_AT,
    ...overrides,
  });
}

function lineOf(batch: PayoutBatch, name: string, at: number): PayoutLine {
  return {
    id: uuidv7(at),
    version: 4,
    createdAt: at,
    updatedAt: at,
    batchId: batch.id,
    villageCode: batch.villageCode,
    group: '第一组',
    name,
    namePinyin: '',
    idNumber: '',
    account: '',
    quantityCenti: 100,
    unit: '亩',
    rateFen: 11_250,
    amountFen: 11_250,
    paidOn: null,
    remark: '',
    adjusted: false,
    adjustReason: '',
  };
}

async function openBatch(batch: PayoutBatch) {
  const app = renderApp(`/village/${batch.villageCode}/batch/${batch.id}`, db);
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return app;
}

describe('correcting a published batch', { timeout: 30_000 }, () => {
  it('copies the batch with its lines into a draft that names the list it replaces', async () => {
    const user = userEvent.setup({ delay: null });
    const batch = published();
    await db.batches.add(batch);
    await db.lines.bulkAdd([
      lineOf(batch, '曾国华', PUBLISHED_AT - 2),
      lineOf(batch, '李秀英', PUBLISHED_AT - 1),
    ]);
    const { router } = await openBatch(batch);

    const start = await screen.findByRole('button', { name: '发布更正' });
    await vi.waitFor(() => expect(start).toBeEnabled());
    await user.click(start);

    const note = await screen.findByText(/更正：替代/);
    const copyId = router.state.location.pathname.split('/').pop() ?? '';
    expect(copyId).not.toBe(batch.id);
    expect(note).toHaveTextContent(`更正：替代 ${TITLE}（发布于 ${formatDateTime(PUBLISHED_AT)}）`);
    expect(within(note).getByRole('link', { name: TITLE })).toHaveAttribute(
      'href',
      `/village/${batch.villageCode}/batch/${batch.id}`,
    );
    expect(await db.lines.where('batchId').equals(copyId).count()).toBe(2);
    expect((await listOutbox(db)).map((e) => e.name)).toEqual([
      'batch.put',
      'line.put',
      'line.put',
    ]);
    // The copy is a draft the cadre can fix: the line form is offered.
    expect(await screen.findByRole('button', { name: '新增一户' })).toBeInTheDocument();

    // Back on the published batch the button gave way to a link to the draft.
    await user.click(within(note).getByRole('link'));
    expect(await screen.findByRole('link', { name: '继续编辑这一批的更正草稿' })).toHaveAttribute(
      'href',
      `/village/${batch.villageCode}/batch/${copyId}`,
    );
    expect(screen.queryByRole('button', { name: '发布更正' })).not.toBeInTheDocument();
  });

  it('links a replaced batch to the batch that replaced it, without the button', async () => {
    const batch = published();
    const replacement = published({ correctsId: batch.id, createdAt: PUBLISHED_AT + 1 });
    await db.batches.bulkAdd([{ ...batch, supersededById: replacement.id }, replacement]);
    await openBatch(batch);

    expect(
      await screen.findByRole('link', { name: '这一批已被更正，查看更正后的一版' }),
    ).toHaveAttribute('href', `/village/${batch.villageCode}/batch/${replacement.id}`);
    expect(screen.queryByRole('button', { name: '发布更正' })).not.toBeInTheDocument();
  });

  it('offers the correction to the village cadre only, not to a township reviewer', async () => {
    const batch = published();
    await db.batches.add(batch);
    await signInOnDevice(db, testUser('township-reviewer', { regionCode: '360735100' }));
    await openBatch(batch);
    expect(
      await screen.findByText('这个批次已提交审核或已公开，明细不能再修改。'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '发布更正' })).not.toBeInTheDocument();

    // The same screen once the village's cadre signs in on this device.
    await signInOnDevice(db, testUser('village-cadre', { regionCode: batch.villageCode }));
    expect(await screen.findByRole('button', { name: '发布更正' })).toBeInTheDocument();
  });
});
