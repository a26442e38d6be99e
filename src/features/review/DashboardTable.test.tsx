// The dashboard's "村里设备上次同步" column as the township reviewer reads it: the time for
// a village whose phones synced today, how many days ago otherwise, "从未同步" for a
// village whose phones never reached the server, and "暂无数据" while the server's record
// cannot be had (offline). Days are counted on the server's clock, not the device's.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppState } from '../../app/test-render-app';
import type { DeviceActivityResponse } from '../../domain/device-activity';
import { DashboardTable } from './DashboardTable';
import { buildVillageDashboard } from './township-dashboard';

const VILLAGE_A = '360735101200'; // 小松村委会
const VILLAGE_B = '360735101201'; // 罗源村委会
const VILLAGE_C = '360735101202'; // 径里村委会
const TODAY = '2025-11-20';
const SERVER_NOW = new Date(2025, 10, 20, 10, 0).getTime();

const rows = [VILLAGE_A, VILLAGE_B, VILLAGE_C].map((code) =>
  buildVillageDashboard(code, [], [], TODAY),
);

function lastSyncCellOf(villageName: RegExp): HTMLElement {
  const table = screen.getByRole('table');
  const row = within(table).getByRole('row', { name: villageName });
  const cells = within(row).getAllByRole('cell');
  const last = cells[cells.length - 1];
  if (!last) throw new Error('row without cells');
  return last;
}

beforeEach(async () => {
  await resetAppState();
});

describe('last sync of the village devices', () => {
  it('says when each village last synced, in words', () => {
    const activity: DeviceActivityResponse = {
      now: SERVER_NOW,
      villages: [
        {
          villageCode: VILLAGE_A,
          lastSyncAt: new Date(2025, 10, 20, 9, 5).getTime(),
          deviceCount: 2,
        },
        {
          villageCode: VILLAGE_B,
          lastSyncAt: SERVER_NOW - 3 * 24 * 60 * 60 * 1000,
          deviceCount: 1,
        },
      ],
    };
    render(<DashboardTable rows={rows} deviceActivity={activity} />);

    expect(lastSyncCellOf(/^小松村委会/)).toHaveTextContent('最近同步 09:05（2 台设备）');
    expect(lastSyncCellOf(/^罗源村委会/)).toHaveTextContent('最近同步 3 天前（1 台设备）');
    expect(lastSyncCellOf(/^径里村委会/)).toHaveTextContent('从未同步');
  });

  it('says there is no data while the server cannot be asked', () => {
    render(<DashboardTable rows={rows} deviceActivity={null} />);
    expect(lastSyncCellOf(/^小松村委会/)).toHaveTextContent('暂无数据');
    expect(screen.queryByText(/从未同步/)).not.toBeInTheDocument();
  });

  it('counts the proof photos of published items per village', () => {
    const published = { villageCode: VILLAGE_A, year: 2025, state: 'published' as const };
    const withProofs = buildVillageDashboard(
      VILLAGE_A,
      [],
      [
        { ...published, proofs: [{ id: 'p', sha256: 'a'.repeat(64), postedAt: SERVER_NOW }] },
        { ...published, proofs: [] },
        { ...published },
      ],
      TODAY,
    );
    render(<DashboardTable rows={[withProofs]} />);
    const row = within(screen.getByRole('table')).getByRole('row', { name: /^小松村委会/ });
    expect(row).toHaveTextContent('有 1 · 缺 2');
  });
});
