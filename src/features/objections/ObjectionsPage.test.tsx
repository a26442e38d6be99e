// The village cadre opens 村民异议: sees each objection's state in words with its due
// date and the call-back number masked until asked for, replies, and the card turns to
// 已答复 with the reply shown. One about a single subsidy line says whose line it is. The server is a stub answering the staff endpoints.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { saveSession } from '../../data';
import type { StaffObjection } from '../../domain/objection';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';

const VILLAGE = '360735101200';
const cadre: User = {
  id: uuidv7(),
  username: 'cadre-360735101200',
  displayName: '曾国华',
  role: 'village-cadre',
  regionCode: VILLAGE,
};

const OPEN: StaffObjection = {
  id: '019a9f00-0000-7000-8000-00000000a001',
  villageCode: VILLAGE,
  itemKind: 'notice',
  itemId: '019a9f00-0000-7000-8000-0000000n0001',
  lineId: null,
  line: null,
  text: '路面宽度不足，请核实。',
  phone: '13907975678',
  raisedOn: '2025-11-20',
  replyDueOn: '2025-11-27',
  state: 'open',
  reply: null,
  repliedAt: null,
};
const OVERDUE: StaffObjection = {
  ...OPEN,
  id: '019a9f00-0000-7000-8000-00000000a002',
  itemKind: 'batch',
  itemId: '019a9f00-0000-7000-8000-0000000b0001',
  lineId: '019a9f00-0000-7000-8000-0000000l0001',
  line: { group: '第三组', name: '曾国华' },
  text: '我家面积算少了。',
  phone: null,
  raisedOn: '2025-11-10',
  replyDueOn: '2025-11-17',
  state: 'overdue',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

let replies: { url: string; body: unknown }[];

beforeEach(async () => {
  await resetAppState();
  replies = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit) => {
      if (input.startsWith('/api/objections/') && input.endsWith('/reply')) {
        const body = JSON.parse(String(init.body)) as { text: string };
        replies.push({ url: input, body });
        return json(200, { ...OPEN, state: 'answered', reply: body.text, repliedAt: 1 });
      }
      if (input.startsWith('/api/objections')) {
        return json(200, { today: '2025-11-21', objections: [OPEN, OVERDUE] });
      }
      // Sync and everything else: out of reach, which the page must not depend on.
      throw new TypeError('Failed to fetch');
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ObjectionsPage', { timeout: 20_000 }, () => {
  it('lists objections in words, masks the number, and publishes a reply', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    await saveSession(db, { token: 'tok-1', user: cadre });
    renderApp(`/village/${VILLAGE}/objections`, db);

    const open = (await screen.findByRole('heading', { name: '2025-11-20 提出的异议' })).closest(
      'article',
    );
    if (!open) throw new Error('no card');
    const card = within(open);
    expect(card.getByText('待答复 · 请在 2025-11-27 前答复')).toBeInTheDocument();
    expect(card.getByText('回电号码：139****5678')).toBeInTheDocument();
    expect(screen.getByText('已逾期 · 应在 2025-11-17 前答复')).toBeInTheDocument();
    expect(screen.getByText('未留回电号码')).toBeInTheDocument();
    // An objection about one line names that line for the cadre, in full.
    expect(screen.getByText('针对名单中的一行：第三组 曾国华')).toBeInTheDocument();
    expect(card.queryByText(/针对名单中的一行/)).not.toBeInTheDocument();

    await user.click(card.getByRole('button', { name: '显示完整号码' }));
    expect(card.getByText('回电号码：13907975678')).toBeInTheDocument();

    await user.type(card.getByLabelText('答复内容'), '经核实，路面宽度 4.5 米，符合设计。');
    await user.click(card.getByRole('button', { name: '发布答复' }));

    await waitFor(() => expect(card.getByText('已答复')).toBeInTheDocument());
    expect(card.getByText('经核实，路面宽度 4.5 米，符合设计。')).toBeInTheDocument();
    expect(card.queryByLabelText('答复内容')).not.toBeInTheDocument();
    expect(screen.getByText('答复已发布。')).toBeInTheDocument();
    expect(replies).toEqual([
      {
        url: `/api/objections/${OPEN.id}/reply`,
        body: { text: '经核实，路面宽度 4.5 米，符合设计。' },
      },
    ]);
  });
});
