// A cadre works through one payout batch on the phone, offline: adds, edits and deletes
// households with errors in words beside the fields, finds 曾国华 by zgh, cgh, zeng or 曾,
// reads totals per group, and cannot submit while a remark holds personal data.
// Real Dexie on fake-indexeddb; only the layout sizes jsdom cannot compute are stubbed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { layOutLikeAPhone } from '../../../test/helpers/phone-layout';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { getLocalActorId, listOutbox, type AppDatabase } from '../../data';
import { makeFakeIdNumber } from '../../domain/fixtures-id';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { namePinyin } from '../../domain/pinyin';
import { uuidv7 } from '../../domain/uuid';

const ZENG_ID = makeFakeIdNumber('360735', '1968-03-12', 113);
let db: AppDatabase;
let batch: PayoutBatch;

beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
  batch = draftBatch({ authorId: await getLocalActorId(db) });
  await db.batches.add(batch);
  layOutLikeAPhone();
});
afterEach(() => {
  vi.restoreAllMocks();
});

let seq = 0;
function line(name: string, overrides: Partial<PayoutLine> = {}): PayoutLine {
  seq += 1;
  return {
    id: uuidv7(),
    version: 0,
    createdAt: 1_750_000_000_000 + seq,
    updatedAt: 1_750_000_000_000 + seq,
    batchId: batch.id,
    villageCode: batch.villageCode,
    group: '第一组',
    name,
    namePinyin: namePinyin(name),
    idNumber: makeFakeIdNumber('360735', '1970-01-01', seq % 1000),
    account: '',
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

async function openBatch() {
  // No pause between keystrokes: the form is what is tested, not typing speed.
  const user = userEvent.setup({ delay: null });
  const app = renderApp(`/village/${batch.villageCode}/batch/${batch.id}`, db);
  await screen.findByRole('heading', { level: 1, name: '2025年耕地地力保护补贴' });
  return { user, ...app };
}

function shownNames(): string[] {
  const table = screen.getByRole('table', { name: /发放明细/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(
      (row) =>
        within(row).getAllByRole('cell')[1]?.querySelector('.line-list__name')?.textContent ?? '',
    );
}

// Typing through whole forms on a shared, busy machine takes longer than the 5 s default.
describe('batch lines', { timeout: 60_000 }, () => {
  it('adds a household offline from full-width input and lists it with the ID masked', async () => {
    const { user } = await openBatch();
    expect(screen.getByText('这个批次还没有发放明细。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '新增一户' }));
    await user.type(screen.getByLabelText('村民小组'), '第三组');
    await user.type(screen.getByLabelText('姓名'), '曾国华');
    await user.type(screen.getByLabelText('身份证号'), ZENG_ID);
    await user.type(screen.getByLabelText('数量（亩）'), '３');
    await user.type(screen.getByLabelText('补贴标准（元/亩）'), '１１２.５');
    expect(screen.getByLabelText('金额（元）')).toHaveAccessibleDescription(
      '不填时按数量×标准计算：337.50 元',
    );
    await user.click(screen.getByRole('button', { name: '保存这一户' }));

    expect(await screen.findByText('已保存在本机：曾国华')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(shownNames()).toEqual(['曾国华']));
    const row = within(screen.getByRole('table', { name: /发放明细/ })).getAllByRole(
      'row',
    )[1] as HTMLElement;
    expect(row).toHaveTextContent(`360735********${ZENG_ID.slice(-4)}`);
    expect(row).not.toHaveTextContent(ZENG_ID);
    expect(row).toHaveTextContent('337.50');

    const [saved] = await db.lines.toArray();
    expect(saved).toMatchObject({
      name: '曾国华',
      group: '第三组',
      quantityCenti: 300,
      rateFen: 11_250,
      amountFen: 33_750,
      namePinyin: 'zeng guo hua|zgh|ceng guo hua|cgh',
    });
    expect((await listOutbox(db)).map((e) => e.name)).toEqual(['line.put']);
    // Group and rate stay for the next household of the same sheet.
    expect(screen.getByLabelText('村民小组')).toHaveValue('第三组');
    expect(screen.getByLabelText('姓名')).toHaveValue('');
  });

  it('explains each mistake beside its field, in words, and saves nothing', async () => {
    const { user } = await openBatch();
    await user.click(screen.getByRole('button', { name: '新增一户' }));
    await user.click(screen.getByRole('button', { name: '保存这一户' }));
    const name = screen.getByLabelText('姓名');
    expect(name).toHaveAccessibleDescription('请填写姓名');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('身份证号')).toHaveAccessibleDescription(
      expect.stringContaining('请填写身份证号'),
    );

    const wrongCheck = `${ZENG_ID.slice(0, 17)}${ZENG_ID[17] === '0' ? '1' : '0'}`;
    await user.type(name, '曾国华');
    await user.type(screen.getByLabelText('身份证号'), wrongCheck);
    await user.type(screen.getByLabelText('数量（亩）'), '3');
    await user.type(screen.getByLabelText('补贴标准（元/亩）'), '112.5');
    await user.type(screen.getByLabelText('金额（元）'), '340');
    await user.click(screen.getByRole('button', { name: '保存这一户' }));

    expect(screen.getByLabelText('身份证号')).toHaveAccessibleDescription(
      expect.stringContaining('身份证号的校验位不对'),
    );
    expect(screen.getByLabelText('金额（元）')).toHaveAccessibleDescription(
      expect.stringContaining('金额应为数量×标准，即 337.50 元'),
    );

    // Marked as adjusted, the amount may differ, but only with a reason.
    await user.clear(screen.getByLabelText('身份证号'));
    await user.type(screen.getByLabelText('身份证号'), ZENG_ID);
    await user.click(screen.getByLabelText('金额与“数量×标准”不同（已调整）'));
    await user.click(screen.getByRole('button', { name: '保存这一户' }));
    expect(screen.getByLabelText('调整原因')).toHaveAccessibleDescription('请写明调整原因');
    expect(await db.lines.count()).toBe(0);

    await user.type(screen.getByLabelText('调整原因'), '补发上年少发部分');
    await user.click(screen.getByRole('button', { name: '保存这一户' }));
    expect(await screen.findByText('已保存在本机：曾国华')).toBeInTheDocument();
    expect(await db.lines.toArray()).toMatchObject([{ amountFen: 34_000, adjusted: true }]);
  });

  it('edits and, after asking, deletes a household', async () => {
    await db.lines.bulkAdd([line('曾国华'), line('张三')]);
    const { user } = await openBatch();
    await waitFor(() => expect(shownNames()).toEqual(['曾国华', '张三']));

    await user.click(screen.getByRole('button', { name: '修改 张三' }));
    const name = screen.getByLabelText('姓名');
    await user.clear(name);
    await user.type(name, '张三丰');
    await user.click(screen.getByRole('button', { name: '保存这一户' }));
    await waitFor(() => expect(shownNames()).toEqual(['曾国华', '张三丰']));

    await user.click(screen.getByRole('button', { name: '删除 曾国华' }));
    expect(screen.getByText('确定删除 曾国华 的这条明细吗？删除后不能恢复。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(await db.lines.count()).toBe(2);

    await user.click(screen.getByRole('button', { name: '删除 曾国华' }));
    await user.click(screen.getByRole('button', { name: '确认删除' }));
    expect(await screen.findByText('已删除 曾国华 的明细')).toBeInTheDocument();
    await waitFor(() => expect(shownNames()).toEqual(['张三丰']));
    expect((await listOutbox(db)).map((e) => e.name)).toEqual(['line.put', 'line.delete']);
    expect((await db.lines.toArray())[0]?.namePinyin).toContain('zsf');
  });

  it.each(['zgh', 'cgh', 'zeng', '曾'])('finds 曾国华 by typing %s', async (query) => {
    await db.lines.bulkAdd([line('张三'), line('曾国华', { idNumber: ZENG_ID }), line('王国华')]);
    const { user } = await openBatch();
    await waitFor(() => expect(shownNames()).toHaveLength(3));
    await user.type(screen.getByLabelText('查找'), query);
    await waitFor(() => expect(shownNames()).toEqual(['曾国华']));
    expect(screen.getByText('显示 1 户，共 3 户')).toBeInTheDocument();
  });

  it('finds a household by the last digits of the ID, and asks for at least four', async () => {
    await db.lines.bulkAdd([line('张三'), line('曾国华', { idNumber: ZENG_ID })]);
    const { user } = await openBatch();
    const search = await screen.findByLabelText('查找');
    await user.type(search, ZENG_ID.slice(-3));
    expect(await screen.findByText('按身份证号查找，请至少输入后4位。')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, ZENG_ID.slice(-4));
    await waitFor(() => expect(shownNames()).toEqual(['曾国华']));
  });

  it('totals by group and overall, and for the group chosen in the filter', async () => {
    await db.lines.bulkAdd([
      line('甲', { group: '第一组', amountFen: 11_250 }),
      line('乙', { group: '第二组', amountFen: 22_500, quantityCenti: 200 }),
      line('丙', { group: '第一组', amountFen: 5_625, quantityCenti: 50 }),
    ]);
    const { user } = await openBatch();
    const totals = await screen.findByRole('table', { name: '按村民小组合计' });
    const cells = (label: string) =>
      within(within(totals).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('第一组')).toEqual(['2', '1.50亩', '168.75']);
    expect(cells('第二组')).toEqual(['1', '2.00亩', '225.00']);
    expect(cells('全部合计')).toEqual(['3', '3.50亩', '393.75']);

    await user.selectOptions(screen.getByLabelText('村民小组'), '第一组');
    await waitFor(() => expect(shownNames()).toEqual(['甲', '丙']));
    expect(screen.getByText('显示 2 户，共 3 户')).toBeInTheDocument();
    expect(screen.getByText('共 2 户，合计 168.75 元')).toBeInTheDocument();
  });

  it('blocks submitting while a remark holds a mobile number, shows where, then submits', async () => {
    await db.lines.bulkAdd([
      line('张三'),
      line('曾国华', { remark: '本人电话 13812345678 请联系' }),
    ]);
    const { user } = await openBatch();
    await user.click(await screen.findByRole('button', { name: '提交审核' }));

    expect(
      await screen.findByText('发现 1 处个人信息，已停止提交。请删除后再提交：'),
    ).toBeInTheDocument();
    expect(screen.getByText('第 2 行 · 曾国华 · 备注')).toBeInTheDocument();
    expect(screen.getByText('这一行有个人信息，提交前请删除')).toBeInTheDocument();
    expect((await db.batches.get(batch.id))?.state).toBe('draft');
    expect(await listOutbox(db)).toEqual([]);

    await user.click(screen.getByRole('button', { name: '去修改' }));
    const remark = screen.getByLabelText('备注');
    expect(remark).toHaveFocus();
    expect(remark).toHaveAccessibleDescription(
      expect.stringContaining('这里有手机号，请删除后再提交'),
    );
    await user.clear(remark);
    await user.click(screen.getByRole('button', { name: '保存这一户' }));
    await waitFor(() => expect(screen.queryByText(/已停止提交/)).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText(/已提交审核，等待村务监督委员会审核/)).toBeInTheDocument();
    expect(await screen.findByText('待村监委审核')).toBeInTheDocument();
    expect((await listOutbox(db)).at(-1)).toMatchObject({
      name: 'review.transition',
      args: { action: 'submit', itemId: batch.id },
    });
    // Locked for editing now, and the author may still take it back.
    expect(screen.queryByRole('button', { name: '新增一户' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^修改/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤回' }));
    expect(await screen.findByText('已撤回，批次回到草稿，可以继续修改。')).toBeInTheDocument();
    expect((await db.batches.get(batch.id))?.state).toBe('draft');
  });

  it('points at a header field holding an ID number and opens it for fixing', async () => {
    await db.batches.update(batch.id, { basis: `赣财农〔2025〕12号 经办人身份证 ${ZENG_ID}` });
    await db.lines.add(line('张三'));
    const { user } = await openBatch();
    await user.click(await screen.findByRole('button', { name: '提交审核' }));

    expect(await screen.findByText('批次信息 · 政策依据')).toBeInTheDocument();
    expect(screen.getAllByText('这里有身份证号，请删除后再提交')).not.toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '去修改' }));
    const basis = screen.getByLabelText('政策依据');
    expect(basis).toHaveFocus();
    expect(basis).toHaveAccessibleDescription(expect.stringContaining('这里有身份证号'));

    await user.clear(basis);
    await user.type(basis, '赣财农〔2025〕12号');
    await user.click(screen.getByRole('button', { name: '保存批次信息' }));
    expect(await screen.findByText('批次信息已保存在本机')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('批次信息 · 政策依据')).not.toBeInTheDocument());
    expect((await db.batches.get(batch.id))?.basis).toBe('赣财农〔2025〕12号');
    expect(await listOutbox(db)).toMatchObject([{ name: 'batch.put' }]);
  });

  it('draws only the rows in view of a 5,000-line batch, in a keyboard-reachable list', async () => {
    await db.lines.bulkAdd(Array.from({ length: 5000 }, (_, i) => line(`村民${i + 1}`)));
    await openBatch();
    const table = await screen.findByRole('table', { name: '发放明细，共 5000 行' });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(screen.getByRole('region', { name: /发放明细列表/ })).toHaveAttribute('tabindex', '0');
    expect(screen.getAllByText('共 5000 户，合计 562,500.00 元')).not.toHaveLength(0);
  });

  it('links to the printed notice and back to the village', async () => {
    await openBatch();
    expect(screen.getByRole('link', { name: '打印公示表' })).toHaveAttribute(
      'href',
      `/village/${batch.villageCode}/batch/${batch.id}/print`,
    );
    expect(screen.getByRole('link', { name: '返回村工作台' })).toHaveAttribute(
      'href',
      `/village/${batch.villageCode}`,
    );
  });
});
