// The township reviewer's 逾期未答复异议 section: villages with overdue objections by name
// and count, each with a link to that village's list; a calm sentence when there are none
// and when the network is out of reach.
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAppState } from '../../app/test-render-app';
import { OverdueObjectionsSection } from './OverdueObjectionsSection';

function answer(body: unknown) {
  return vi.fn(
    async () =>
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
  );
}

function renderSection() {
  return render(
    <MemoryRouter>
      <OverdueObjectionsSection token="tok-r" />
    </MemoryRouter>,
  );
}

beforeEach(resetAppState);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OverdueObjectionsSection', () => {
  it('counts overdue objections per village by name, linking to the village list', async () => {
    const fetchImpl = answer({
      today: '2025-11-28',
      villages: [{ villageCode: '360735101201', overdueCount: 2 }],
    });
    vi.stubGlobal('fetch', fetchImpl);
    renderSection();
    const row = (await screen.findByRole('cell', { name: '2' })).closest('tr');
    expect(row).toHaveTextContent('罗源村委会');
    expect(screen.getByRole('link', { name: '查看罗源村委会的异议' })).toHaveAttribute(
      'href',
      '/village/360735101201/objections',
    );
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/objections/overdue-counts',
      expect.objectContaining({
        headers: expect.objectContaining({ authorization: 'Bearer tok-r' }) as unknown,
      }),
    );
  });

  it('says so when nothing is overdue, and when the server is out of reach', async () => {
    vi.stubGlobal('fetch', answer({ today: '2025-11-28', villages: [] }));
    const { unmount } = renderSection();
    expect(await screen.findByText('没有逾期未答复的异议。')).toBeInTheDocument();
    unmount();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    renderSection();
    expect(await screen.findByText('逾期异议需要联网查看，现在没有读取成功。')).toBeInTheDocument();
  });
});
