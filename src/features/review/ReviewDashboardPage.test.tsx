// The township dashboard names, per village and in words, which periodic notices are
// overdue, what is published and waiting, and how far the year's subsidy results are.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { saveSession, type AppDatabase } from '../../data';
import type { User } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';
import { dashboardRows } from './dashboard-export';
import { buildVillageDashboard } from './township-dashboard';

const reviewer: User = {
  id: uuidv7(),
  username: 'reviewer',
  displayName: '审核员',
  role: 'township-reviewer',
  regionCode: '360735101',
};

let db: AppDatabase;
beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
});

describe('township dashboard', { timeout: 30_000 }, () => {
  it('lists every village of the township with its state in words', async () => {
    await saveSession(db, { token: 'tok', user: reviewer });
    await db.batches.add(draftBatch({ villageCode: '360735101200', state: 'submitted' }));
    renderApp('/review/dashboard', db);

    const table = await screen.findByRole('table', { name: '各村应公开、已公开和逾期情况' });
    const row = within(table).getByRole('row', { name: /^小松村委会/ });
    const cells = within(row).getAllByRole('cell');
    // No finance statement published this period: it is named (overdue or due), not coloured.
    expect(`${cells[0]?.textContent} ${cells[1]?.textContent}`).toContain('财务收支');
    expect(cells[3]).toHaveTextContent('1');
    expect(cells[6]).toHaveTextContent(/今年还有 1 批未公开|逾期 1 批未公开/);
    expect(row).toHaveTextContent('暂无数据');
    expect(within(table).getByRole('row', { name: /^罗源村委会/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出看板（Excel）' })).toBeInTheDocument();
  });

  it('exports the same columns as the screen', async () => {
    const { t } = await import('i18next');
    const row = buildVillageDashboard('360735101200', [], [], '2025-11-20');
    const rows = dashboardRows([row], t);
    expect(rows[0]?.[0]).toBe('村');
    expect(rows[1]).toEqual(['小松村委会', '财务收支、党费收缴使用', '', 0, 0, 0, 0, 0, 0, 0]);
  });
});
