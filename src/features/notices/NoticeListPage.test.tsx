// The village's notices on the phone, each with its review and sync state in words, a
// returned one marked so the cadre sees it needs changes.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { getDatabase } from '../../data';
import { uuidv7 } from '../../domain/uuid';
import { saveNoticeDraft } from './notice-commands';

const VILLAGE_CODE = '360735101200';

beforeEach(async () => {
  await resetAppState();
  freshDatabase();
});

describe('notice list', { timeout: 30_000 }, () => {
  it('lists the village’s notices with review and sync state in words', async () => {
    const db = getDatabase();
    const returnedId = uuidv7();
    await db.notices.add({
      id: returnedId,
      version: 4,
      createdAt: 1,
      updatedAt: 2,
      villageCode: VILLAGE_CODE,
      category: 'finance',
      type: 'finance-statement',
      title: '9月财务收支公开',
      body: '',
      periodStart: null,
      periodEnd: null,
      attachments: [],
      state: 'draft',
      authorId: uuidv7(),
      submittedAt: null,
      returnedReason: '缺少凭证编号',
      correctsId: null,
    });
    await saveNoticeDraft(
      db,
      {
        id: uuidv7(),
        villageCode: VILLAGE_CODE,
        category: 'party',
        type: 'party-dues',
        title: '第三季度党费收缴使用情况',
        body: '',
        periodStart: null,
        periodEnd: null,
        attachments: [],
        statement: undefined,
      },
      uuidv7(),
    );
    renderApp(`/village/${VILLAGE_CODE}/notices`, db);

    const list = await screen.findByRole('list', { name: '本村公告' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('第三季度党费收缴使用情况');
    expect(first).toHaveTextContent('党费收缴使用');
    expect(first).toHaveTextContent('待同步');
    expect(second).toHaveTextContent('草稿 · 已退回，请修改');
    expect(second).toHaveTextContent('已同步');
    expect(within(second!).getByRole('link', { name: '9月财务收支公开' })).toHaveAttribute(
      'href',
      `/village/${VILLAGE_CODE}/notices/${returnedId}`,
    );
    expect(screen.getByRole('link', { name: '新建公告' })).toHaveAttribute(
      'href',
      `/village/${VILLAGE_CODE}/notices/new`,
    );
  });
});
