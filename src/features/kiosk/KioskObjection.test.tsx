// An older resident at the kiosk raises an objection (异议) without a keyboard: finds their
// line by pinyin initials, taps 提出异议 on it, picks a reason tile, taps a call-back number
// on the digit keypad (shown 138 1234 5678), checks the summary and submits; the reference
// and reply-by date come back in large text. A malformed number is caught before sending,
// no network gives the batch's hotline, and walking away clears the half-filled form.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAppState } from '../../app/test-render-app';
import type { KioskVillageResponse, PublicBatch, PublicLine } from '../../domain/public-view';
import { KIOSK_WARNING_MS } from './kiosk-device';
import { KioskBoard } from './KioskBoard';

const VILLAGE = '360735101200';
const OPEN_PERIOD = {
  start: '2025-11-20',
  end: '2025-11-28',
  status: 'open',
  remainingWorkingDays: 7,
} as const;

const BATCH: PublicBatch = {
  id: 'b1',
  year: 2025,
  item: '耕地地力保护补贴',
  basis: '赣财农〔2025〕12号',
  rateText: '107.5元/亩',
  unit: '亩',
  department: '石城县财政局',
  paidOn: '2025-06-28',
  publisher: '小松村村民委员会',
  hotline: '0797-5712345',
  period: OPEN_PERIOD,
  lineCount: 2,
  amountFen: 53750,
  quantityCenti: 500,
  groups: [],
  lineDetail: 'named',
  correctsId: null,
};

function line(id: string, name: string, namePinyin: string): PublicLine {
  return {
    id,
    batchId: 'b1',
    group: '第三组',
    name,
    quantityCenti: 250,
    unit: '亩',
    rateFen: 10750,
    amountFen: 26875,
    paidOn: '2025-06-28',
    adjusted: false,
    namePinyin,
  };
}

const BOARD: KioskVillageResponse = {
  village: { code: VILLAGE, name: '小松村' },
  today: '2025-11-21',
  notices: [],
  batches: [BATCH],
  lines: [
    line('l1', '曾国华', 'zeng guo hua|zgh|ceng guo hua|cgh'),
    line('l2', '黄秀英', 'huang xiu ying|hxy'),
  ],
};

const sent: unknown[] = [];
let isOffline = false;

beforeEach(async () => {
  await resetAppState();
  sent.length = 0;
  isOffline = false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: string, init: RequestInit) => {
      if (isOffline) throw new TypeError('Failed to fetch');
      sent.push(JSON.parse(String(init.body)));
      return new Response(
        JSON.stringify({
          id: '019a9f00-0000-7000-8000-0000a1b2c3d4',
          itemKind: 'batch',
          itemId: 'b1',
          isAboutLine: true,
          text: 'x',
          raisedOn: '2025-11-21',
          replyDueOn: '2025-11-28',
          state: 'open',
          reply: null,
        }),
        { status: 201, headers: { 'content-type': 'application/json' } },
      );
    }),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

type User = ReturnType<typeof userEvent.setup>;

async function tapKeys(user: User, keypadName: string, keys: string) {
  const keypad = screen.getByRole('group', { name: keypadName });
  for (const key of keys) {
    await user.click(within(keypad).getByRole('button', { name: key.toUpperCase() }));
  }
}

/** From the start screen to the reason tiles of 曾国华's line. */
async function openObjectionOnLine(user: User) {
  await user.click(screen.getByRole('button', { name: '查补贴' }));
  await tapKeys(user, '拼音字母键盘', 'zgh');
  const result = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('曾国华'));
  if (!result) throw new Error('曾国华 not found');
  await user.click(within(result).getByRole('button', { name: /提出异议/ }));
  await screen.findByRole('heading', { name: '请点一下哪里不对' });
}

describe('KioskObjection', { timeout: 30_000 }, () => {
  it('raises one on a found line: reason tile, phone on the keypad, summary, reference', async () => {
    const user = userEvent.setup();
    render(<KioskBoard view={BOARD} />);
    await openObjectionOnLine(user);
    expect(
      screen.getByText(/针对：2025年耕地地力保护补贴发放结果，名单中的一行：第三组 曾国华/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '金额不对' }));
    await tapKeys(user, '数字键盘', '13812345678');
    expect(screen.getByText('138 1234 5678')).toBeInTheDocument();
    // An eleventh digit is the last: the keypad takes no more.
    await tapKeys(user, '数字键盘', '9');
    expect(screen.getByText('138 1234 5678')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    await screen.findByRole('heading', { name: '请核对，没问题就点“提交”' });
    expect(screen.getByText('金额不对')).toBeInTheDocument();
    expect(screen.getByText('138 1234 5678')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('编号 a1b2c3d4')).toBeInTheDocument();
    expect(screen.getByText('村里将在 2025-11-28 前答复')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /朗读/ })).toBeInTheDocument();
    expect(sent).toEqual([
      {
        itemKind: 'batch',
        itemId: 'b1',
        lineId: 'l1',
        text: '金额不对。（在村务触摸屏上提出）',
        phone: '13812345678',
      },
    ]);
    // The number went to the server only: nothing on the device remembers it.
    expect(JSON.stringify({ ...localStorage })).not.toContain('13812345678');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('13812345678');
  });

  it('catches a number that is not a mobile number, and sends none when skipped', async () => {
    const user = userEvent.setup();
    render(<KioskBoard view={BOARD} />);
    await openObjectionOnLine(user);
    await user.click(screen.getByRole('button', { name: '不是我家的' }));
    await tapKeys(user, '数字键盘', '12345');
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByText(/手机号要 11 位数字，以 1 开头/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '不留电话' }));
    expect(screen.getAllByText('不留电话').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: '提交' }));
    await screen.findByText('编号 a1b2c3d4');
    expect(sent).toEqual([
      { itemKind: 'batch', itemId: 'b1', lineId: 'l1', text: '不是我家的。（在村务触摸屏上提出）' },
    ]);
  });

  it('raises one about the whole list from the batch detail, and gives the hotline when offline', async () => {
    const user = userEvent.setup();
    isOffline = true;
    render(<KioskBoard view={BOARD} />);
    await user.click(screen.getByRole('button', { name: '村务' }));
    await user.click(screen.getByRole('button', { name: /耕地地力保护补贴/ }));
    await user.click(screen.getByRole('button', { name: /提出异议/ }));
    await user.click(screen.getByRole('button', { name: '没有收到这笔钱' }));
    await user.click(screen.getByRole('button', { name: '不留电话' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(
      await screen.findByText(
        /异议没有送出。请打监督举报电话 0797-5712345 反映，或到村委会当面反映/,
      ),
    ).toBeInTheDocument();
    // The form stays as it was, ready to submit again once the network is back.
    isOffline = false;
    await user.click(screen.getByRole('button', { name: '提交' }));
    await screen.findByText('编号 a1b2c3d4');
    expect(sent).toEqual([
      { itemKind: 'batch', itemId: 'b1', text: '没有收到这笔钱。（在村务触摸屏上提出）' },
    ]);
  });

  it('raises one about a notice in its period, which has no hotline: 当面反映 when offline', async () => {
    const user = userEvent.setup();
    isOffline = true;
    const notice = {
      id: 'n1',
      category: 'village',
      type: 'resolution-result',
      title: '村内道路硬化项目实施结果公开',
      body: '项目决算 35.6 万元。',
      period: OPEN_PERIOD,
      correctsId: null,
    } as const;
    render(<KioskBoard view={{ ...BOARD, notices: [notice] }} />);
    await user.click(screen.getByRole('button', { name: '村务' }));
    await user.click(screen.getByRole('button', { name: /村内道路硬化/ }));
    await user.click(
      screen.getByRole('button', { name: '对“村内道路硬化项目实施结果公开”提出异议' }),
    );
    // A notice has no household amounts: its own, shorter set of reasons.
    expect(screen.queryByRole('button', { name: '不是我家的' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '内容和实际情况不符' }));
    await user.click(screen.getByRole('button', { name: '不留电话' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(
      await screen.findByText('现在连不上网络，异议没有送出。请到村委会当面反映。'),
    ).toBeInTheDocument();
  });

  it('forgets a half-filled form, number included, when the screen goes idle', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    localStorage.setItem('cunwu.kiosk.quietSeconds', '60');
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(<KioskBoard view={BOARD} />);
    await openObjectionOnLine(user);
    await user.click(screen.getByRole('button', { name: '金额不对' }));
    await tapKeys(user, '数字键盘', '1381234');
    expect(screen.getByText('138 1234')).toBeInTheDocument();

    // Nobody touches the screen: the warning, then back to the start.
    act(() => {
      vi.advanceTimersByTime(60_000 + KIOSK_WARNING_MS + 2_000);
    });
    expect(screen.getByRole('button', { name: '查补贴' })).toBeInTheDocument();
    expect(screen.queryByText('138 1234')).not.toBeInTheDocument();

    // The next resident finds an empty search and an empty form.
    await user.click(screen.getByRole('button', { name: '查补贴' }));
    expect(screen.getByText('（还没有输入）')).toBeInTheDocument();
    await tapKeys(user, '拼音字母键盘', 'zgh');
    const result = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('曾国华'));
    await user.click(within(result as HTMLElement).getByRole('button', { name: /提出异议/ }));
    await user.click(screen.getByRole('button', { name: '金额不对' }));
    expect(screen.getByText('（还没有输入）')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('138 1234');
    expect(sent).toEqual([]);
  });
});
