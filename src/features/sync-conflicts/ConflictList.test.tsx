// Changes the server refused are listed for their author in plain words: what it was,
// why, and when; and the village workspace shows them.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import type { AppDatabase } from '../../data';
import { uuidv7 } from '../../domain/uuid';
import type { ConflictItem } from '../../sync/protocol';
import { ConflictList } from './ConflictList';

const VILLAGE = '360735101200';
const at = (day: number, hours: number, minutes: number) =>
  new Date(2025, 5, day, hours, minutes).getTime();

function conflict(overrides: Partial<ConflictItem>): ConflictItem {
  return {
    id: uuidv7(),
    clientId: uuidv7(),
    mid: 1,
    name: 'batch.put',
    args: {},
    reason: 'invalid',
    userId: uuidv7(),
    villageCode: VILLAGE,
    createdAt: at(3, 9, 5),
    ...overrides,
  };
}

let db: AppDatabase;
beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
});

describe('conflict list', () => {
  it('shows nothing when no change of this village was refused', async () => {
    await db.conflicts.add(conflict({ villageCode: '360735101201', reason: 'out-of-scope' }));
    const { container, rerender } = render(<ConflictList villageCode="360735101201" />);
    await screen.findByText('这条记录不在你负责的范围内。');
    rerender(<ConflictList villageCode={VILLAGE} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each refusal, newest first, with what, why and when in words', async () => {
    await db.conflicts.bulkAdd([
      conflict({
        name: 'batch.put',
        args: { year: 2025, item: '耕地地力保护补贴' },
        reason: 'locked',
        createdAt: at(3, 9, 5),
      }),
      conflict({ name: 'notice.delete', reason: 'not-author', createdAt: at(4, 14, 30) }),
      conflict({ name: 'batch.archive', reason: 'unknown-mutation', createdAt: at(1, 8, 0) }),
      // Another village's refusal belongs on that village's screen.
      conflict({ villageCode: '360735101201', reason: 'out-of-scope', createdAt: at(5, 8, 0) }),
    ]);
    render(<ConflictList villageCode={VILLAGE} />);

    const list = await screen.findByRole('list', { name: '没有被接受的修改' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);

    expect(items[0]).toHaveTextContent('删除公告');
    expect(items[0]).toHaveTextContent('只有填写人可以做这项操作。');
    expect(items[0]).toHaveTextContent('2025-06-04 14:30');

    expect(items[1]).toHaveTextContent('2025年耕地地力保护补贴');
    expect(items[1]).toHaveTextContent('保存发放批次');
    expect(items[1]).toHaveTextContent('这条记录已审核通过，不能再修改。如需改正，请发布更正。');
    expect(items[1]).toHaveTextContent('2025-06-03 09:05');

    expect(items[2]).toHaveTextContent('其他操作（batch.archive）');
    expect(items[2]).toHaveTextContent('这个版本不认识这项操作，请更新应用。');
    expect(screen.queryByText('这条记录不在你负责的范围内。')).not.toBeInTheDocument();
  });

  it('appears on the village workspace', async () => {
    await db.conflicts.add(conflict({ reason: 'stale-version' }));
    renderApp(`/village/${VILLAGE}`, db);
    const section = await screen.findByRole('region', { name: '没有被接受的修改' });
    expect(section).toHaveTextContent('这条记录已经被别人改过，请查看最新内容后再改。');
  });
});
