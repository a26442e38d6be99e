// 查我的补贴 as an older resident uses it at the kiosk: letters tapped on the screen's own
// keypad find their lines by pinyin initials; two people of one name are told apart by
// the first 6 and last 4 ID digits only; clearing empties the search.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppState } from '../../app/test-render-app';
import type { PublicBatch, PublicLine } from '../../domain/public-view';
import { KioskLookup } from './KioskLookup';

const BATCH = {
  id: 'b1',
  year: 2025,
  item: '耕地地力保护补贴',
} as PublicBatch;

function line(id: string, name: string, namePinyin: string, idHint?: string): PublicLine {
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
    ...(idHint ? { idHint } : {}),
  };
}

const LINES = [
  line('1', '曾国华', 'zeng guo hua|zgh|ceng guo hua|cgh'),
  line('2', '赖春生', 'lai chun sheng|lcs', '360735********1234'),
  line('3', '赖春生', 'lai chun sheng|lcs', '360735********5678'),
  line('4', '黄秀英', 'huang xiu ying|hxy'),
];

function Harness() {
  const [query, setQuery] = useState('');
  return <KioskLookup lines={LINES} batches={[BATCH]} query={query} onQueryChange={setQuery} />;
}

beforeEach(resetAppState);

// Tapping letter by letter re-renders the list each time: slow on a loaded test machine.
describe('KioskLookup', { timeout: 20_000 }, () => {
  it('finds a resident by initials tapped on the keypad, whichever reading of the surname', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const keypad = screen.getByRole('group', { name: '拼音字母键盘' });
    for (const letter of 'CGH')
      await user.click(within(keypad).getByRole('button', { name: letter }));
    expect(screen.getByText('查到 1 条发放记录。')).toBeInTheDocument();
    const results = screen.getAllByRole('listitem');
    expect(results).toHaveLength(1);
    expect(results[0]).toHaveTextContent('曾国华');
    expect(results[0]).toHaveTextContent('268.75 元');
  });

  it('tells two people of one name apart by 6 + 4 ID digits, never more', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const keypad = screen.getByRole('group', { name: '拼音字母键盘' });
    for (const letter of 'LCS')
      await user.click(within(keypad).getByRole('button', { name: letter }));
    const results = screen.getAllByRole('listitem');
    expect(results.map((r) => r.textContent)).toEqual([
      expect.stringContaining('360735********1234'),
      expect.stringContaining('360735********5678'),
    ]);
    expect(document.body.textContent).not.toMatch(/\d{7,}/);
  });

  it('deletes one letter or clears the search', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const keypad = screen.getByRole('group', { name: '拼音字母键盘' });
    for (const letter of 'HXQ')
      await user.click(within(keypad).getByRole('button', { name: letter }));
    expect(screen.getByText(/查到 0 条/)).toBeInTheDocument();
    await user.click(within(keypad).getByRole('button', { name: '删除一个' }));
    expect(screen.getByText(/查到 1 条/)).toBeInTheDocument();
    await user.click(within(keypad).getByRole('button', { name: '全部清除' }));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText(/输入拼音首字母后/)).toBeInTheDocument();
  });
});
