// On the phone page a resident who finds their own line wrong while the list is in its
// notice period types a character or two to narrow the list to a few lines, taps
// 对这一行有异议 on theirs, and the existing objection form opens bound to that line; the
// request names the line. After the period nothing of this is offered.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAppState } from '../../app/test-render-app';
import type { PublicBatch, PublicLine } from '../../domain/public-view';
import { LinesWithObjection } from './LinesWithObjection';

const BATCH = {
  id: 'b1',
  year: 2025,
  item: '耕地地力保护补贴',
  period: { start: '2025-11-20', end: '2025-11-28', status: 'open', remainingWorkingDays: 6 },
} as PublicBatch;

const LINES: PublicLine[] = [
  ['l1', '第一组', '曾*华'],
  ['l2', '第三组', '黄*英'],
  ...Array.from({ length: 8 }, (_, i) => [`m${i}`, '第三组', `赖*${i}`]),
].map(([id, group, name]) => ({
  id: id ?? '',
  batchId: 'b1',
  group: group ?? '',
  name: name ?? '',
  quantityCenti: 250,
  unit: '亩',
  rateFen: 10750,
  amountFen: 26875,
  paidOn: '2025-06-28',
  adjusted: false,
}));

const sent: unknown[] = [];

beforeEach(async () => {
  await resetAppState();
  sent.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_input: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(
        JSON.stringify({
          id: '019a9f00-0000-7000-8000-00000000a001',
          itemKind: 'batch',
          itemId: 'b1',
          isAboutLine: true,
          text: 'x',
          raisedOn: '2025-11-20',
          replyDueOn: '2025-11-27',
          state: 'open',
          reply: null,
        }),
        { status: 201, headers: { 'content-type': 'application/json' } },
      );
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const search = () => screen.getByLabelText(/对自己那一行有异议/);

describe('LinesWithObjection', { timeout: 20_000 }, () => {
  it('narrows the list to a few lines and opens the form bound to the one tapped', async () => {
    const user = userEvent.setup();
    render(
      <LinesWithObjection villageCode="360735101200" batch={BATCH} lines={LINES} caption="名单" />,
    );
    // Too many lines match: none is offered until the resident types more.
    await user.type(search(), '三组');
    expect(screen.getByText('找到 9 行，请再多输入几个字。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /对这一行有异议/ })).not.toBeInTheDocument();

    await user.type(search(), ' 黄英');
    expect(screen.getByText('找到 1 行。')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: '对这一行有异议：第三组，黄*英，2.5 亩，268.75 元' }),
    );
    await user.type(screen.getByLabelText('您的意见'), '我家面积是 3.5 亩，算少了。');
    await user.click(screen.getByRole('button', { name: '提交异议' }));
    expect(await screen.findByText(/已收到您的异议/)).toBeInTheDocument();
    expect(sent).toEqual([
      { itemKind: 'batch', itemId: 'b1', lineId: 'l2', text: '我家面积是 3.5 亩，算少了。' },
    ]);
  });

  it('offers nothing of it once the period is over', () => {
    const ended = { ...BATCH, period: { ...BATCH.period, status: 'ended' as const } };
    render(
      <LinesWithObjection villageCode="360735101200" batch={ended} lines={LINES} caption="名单" />,
    );
    expect(screen.getAllByRole('row')).toHaveLength(LINES.length + 1);
    expect(screen.queryByLabelText(/对自己那一行有异议/)).not.toBeInTheDocument();
  });
});
