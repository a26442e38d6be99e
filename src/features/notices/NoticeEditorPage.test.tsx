// A cadre drafts a notice on the phone with no signal: it saves on the device, the body's
// markup shows as text only, a finance statement totals itself in 分, the notice period
// cannot end before the type's working-day minimum, and personal data blocks submission
// with the place shown. Real Dexie on fake-indexeddb; the network refuses every request.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetAppState } from '../../app/test-render-app';
import { listOutbox } from '../../data';
import { makeFakeIdNumber } from '../../domain/fixtures-id';

const VILLAGE_CODE = '360735101200';
// A made-up but checksum-valid ID number, as the scanner would meet a real one.
const ID_NUMBER = makeFakeIdNumber('360735', '1990-03-07', 12);
const NEW_NOTICE = `/village/${VILLAGE_CODE}/notices/new`;

beforeEach(async () => {
  await resetAppState();
  // Offline: any request fails, as on a phone without signal.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('offline'))),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function openNewNotice() {
  const user = userEvent.setup();
  const app = renderApp(NEW_NOTICE);
  await screen.findByRole('heading', { level: 1, name: '新建公告' });
  return { user, ...app };
}

/** Paste rather than type: typing Chinese key by key is slow and tests nothing more. */
async function fill(user: ReturnType<typeof userEvent.setup>, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

function setPeriod(start: string, end: string) {
  fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: start } });
  fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: end } });
}

describe('notice editor', { timeout: 30_000 }, () => {
  it('saves a draft on the device while offline and queues it for sync', async () => {
    const { user, db, router } = await openNewNotice();
    // "new" became a fresh id, so saving twice never creates two notices.
    const noticeId = router.state.location.pathname.split('/').pop() ?? '';
    expect(noticeId).toMatch(/^[0-9a-f-]{36}$/);

    await user.selectOptions(screen.getByLabelText('类别'), '党务');
    await user.selectOptions(screen.getByLabelText('公告类型'), '党费收缴使用');
    await fill(user, '标题', '第三季度党费收缴使用情况');
    await fill(user, '正文', '本季度实交党费 1,260.00 元。');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));

    expect(await screen.findByText(/已保存在本机/)).toHaveAttribute('role', 'status');
    const saved = await db.notices.get(noticeId);
    expect(saved).toMatchObject({
      villageCode: VILLAGE_CODE,
      category: 'party',
      type: 'party-dues',
      title: '第三季度党费收缴使用情况',
      state: 'draft',
      version: 0,
    });
    expect(saved?.statement).toBeUndefined();
    expect((await listOutbox(db)).map((e) => e.name)).toEqual(['notice.put']);

    // Saving again changes the same notice.
    await fill(user, '标题', '第三季度党费收缴使用情况公开');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(async () =>
      expect((await db.notices.get(noticeId))?.title).toBe('第三季度党费收缴使用情况公开'),
    );
    expect(await db.notices.count()).toBe(1);
  });

  it('shows typed HTML and script as plain text in the preview, never as elements', async () => {
    const { user, container } = await openNewNotice();
    const body = screen.getByLabelText('正文');
    const attack = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    // Brackets are special in user-event's keyboard syntax; paste the text as a cadre might.
    await user.click(body);
    await user.paste(
      `${attack}\n- **第一组** <b>粗</b>\n|<a href="javascript:alert(1)">链接</a>|金额|`,
    );

    const preview = screen.getByRole('region', { name: '预览' });
    expect(within(preview).getByText(attack)).toBeInTheDocument();
    expect(within(preview).getByText('第一组').tagName).toBe('STRONG');
    expect(
      within(preview).getByRole('cell', { name: '<a href="javascript:alert(1)">链接</a>' }),
    ).toBeInTheDocument();
    expect(container.querySelector('script, img, a[href^="javascript"], b')).toBeNull();
  });

  it('totals the finance statement in 分 as the cadre types and saves exact amounts', async () => {
    const { user, db, router } = await openNewNotice();
    await user.selectOptions(screen.getByLabelText('类别'), '财务');
    expect(screen.getByLabelText('公告类型')).toHaveDisplayValue('财务收支');
    await fill(user, '标题', '10月财务收支公开');

    await user.click(screen.getByRole('button', { name: '添加一项收入' }));
    await fill(user, '收入第 1 项名称', '上级转移支付');
    await fill(user, '收入第 1 项金额（元）', '35,000');
    await user.click(screen.getByRole('button', { name: '添加一项收入' }));
    await fill(user, '收入第 2 项名称', '村集体经营收入');
    await fill(user, '收入第 2 项金额（元）', '4200.1');
    await user.click(screen.getByRole('button', { name: '添加一项支出' }));
    await fill(user, '支出第 1 项名称', '办公费');
    await fill(user, '支出第 1 项金额（元）', '1850.50');

    const totals = (label: string) => screen.getByText(label, { selector: 'dt' }).nextSibling;
    expect(totals('收入合计')).toHaveTextContent('39,200.10 元');
    expect(totals('支出合计')).toHaveTextContent('1,850.50 元');
    expect(totals('结余')).toHaveTextContent('37,349.60 元');

    // A wrong amount is named beside its line and nothing is saved.
    await fill(user, '支出第 1 项金额（元）', '1850.505');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(screen.getByLabelText('支出第 1 项金额（元）')).toHaveAccessibleDescription(
      '金额最多两位小数（到分）。',
    );
    expect(await db.notices.count()).toBe(0);

    await user.clear(screen.getByLabelText('支出第 1 项金额（元）'));
    await fill(user, '支出第 1 项金额（元）', '1850.50');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await screen.findByText(/已保存在本机/);
    const id = router.state.location.pathname.split('/').pop() ?? '';
    const saved = await db.notices.get(id);
    expect(saved?.statement?.income.map((l) => [l.label, l.amountFen])).toEqual([
      ['上级转移支付', 3_500_000],
      ['村集体经营收入', 420_010],
    ]);
    expect(saved?.statement?.expense.map((l) => l.amountFen)).toEqual([185_050]);
  });

  it('shows the earliest end of the notice period across 国庆 and refuses a shorter one', async () => {
    const { user, db } = await openNewNotice();
    await fill(user, '标题', '村民代表会议决议公开');
    fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2025-09-30' } });
    // 7 working days: 9-30, then 10-09, 10-10, 10-11 (调休上班), 10-13, 10-14, 10-15.
    expect(
      screen.getByText('最短公示 7 个工作日（节假日不算），最早可在 2025-10-15 结束。'),
    ).toBeInTheDocument();

    setPeriod('2025-09-30', '2025-10-10');
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(screen.getByLabelText('结束日期')).toHaveAccessibleDescription(
      expect.stringContaining('公示期太短：至少 7 个工作日，最早在 2025-10-15 结束。'),
    );
    expect(await db.notices.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: '结束日期设为 2025-10-15' }));
    expect(screen.getByLabelText('结束日期')).toHaveValue('2025-10-15');
    expect(screen.getByText('所选公示期共 7 个工作日。')).toBeInTheDocument();
  });

  it('blocks submission on an ID number, shows the place, and submits once it is removed', async () => {
    const { user, db, router } = await openNewNotice();
    await fill(user, '标题', '低保评议结果');
    await fill(user, '正文', `户主张三，身份证 ${ID_NUMBER}，经评议通过。`);
    setPeriod('2025-11-03', '2025-11-11');
    await user.click(screen.getByRole('button', { name: '提交审核' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('发现 1 处可能的个人信息');
    expect(alert).toHaveTextContent('正文 · 身份证号');
    expect(within(alert).getByText(ID_NUMBER).tagName).toBe('MARK');
    expect(await db.notices.count()).toBe(0);

    await user.click(within(alert).getByRole('button', { name: '在输入框中选中这里' }));
    const body = screen.getByLabelText<HTMLTextAreaElement>('正文');
    expect(body).toHaveFocus();
    expect(body.value.slice(body.selectionStart, body.selectionEnd)).toBe(ID_NUMBER);

    await user.clear(body);
    await user.paste('户主张三，经评议通过。');
    await user.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText('已提交，等待村务监督委员会审核。')).toBeInTheDocument();
    const id = router.state.location.pathname.split('/').pop() ?? '';
    expect((await db.notices.get(id))?.state).toBe('submitted');
    expect((await listOutbox(db)).map((e) => e.name)).toEqual(['notice.put', 'review.transition']);
  });
});
