// A resident raising an objection from the phone page may leave a call-back number: it
// goes to the server apart from the text, a malformed one is caught before sending, and
// leaving it empty sends no number at all.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAppState } from '../../app/test-render-app';
import { ObjectionForm } from './ObjectionForm';

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
          itemKind: 'notice',
          itemId: 'n1',
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

async function fillIn(phone: string) {
  const user = userEvent.setup();
  render(
    <ObjectionForm villageCode="360735101200" itemKind="notice" itemId="n1" itemTitle="道路" />,
  );
  await user.click(screen.getByRole('button', { name: '对“道路”提出异议' }));
  await user.type(screen.getByLabelText('您的意见'), '路面宽度不足，请核实。');
  if (phone) await user.type(screen.getByLabelText('手机号（选填）'), phone);
  await user.click(screen.getByRole('button', { name: '提交异议' }));
}

describe('ObjectionForm call-back number', { timeout: 20_000 }, () => {
  it('sends the number apart from the text', async () => {
    await fillIn('139 0797 5678');
    expect(await screen.findByText(/已收到您的异议/)).toBeInTheDocument();
    expect(sent).toEqual([
      { itemKind: 'notice', itemId: 'n1', text: '路面宽度不足，请核实。', phone: '13907975678' },
    ]);
  });

  it('catches a malformed number before sending', async () => {
    await fillIn('12345');
    expect(
      await screen.findByText('手机号要 11 位数字，以 1 开头；不想留可以空着。'),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends no number when none is given', async () => {
    await fillIn('');
    expect(await screen.findByText(/已收到您的异议/)).toBeInTheDocument();
    expect(sent).toEqual([{ itemKind: 'notice', itemId: 'n1', text: '路面宽度不足，请核实。' }]);
  });
});
