// What the township dashboard says about one village: overdue and due periodic notices by
// cadence, running notice periods, proof photos and the year-end subsidy deadline.
import { describe, expect, it } from 'vitest';
import { buildVillageDashboard, totalsBy } from './township-dashboard';

const V = '360735101200';
type N = Parameters<typeof buildVillageDashboard>[1][number];
type B = Parameters<typeof buildVillageDashboard>[2][number];

const notice = (over: Partial<N>): N => ({
  villageCode: V,
  type: 'finance-statement',
  state: 'published',
  periodStart: '2025-10-10',
  periodEnd: '2025-10-20',
  updatedAt: 0,
  ...over,
});
const batch = (over: Partial<B>): B => ({ villageCode: V, year: 2025, state: 'draft', ...over });

describe('buildVillageDashboard', () => {
  it('flags the quarterly finance statement and party dues as overdue after the 15th', () => {
    const row = buildVillageDashboard(V, [], [], '2025-11-20');
    expect(row.overdueTypes).toEqual(['finance-statement', 'party-dues']);
    expect(row.dueTypes).toEqual([]);
  });

  it('counts a statement published this quarter as done and its running period', () => {
    const row = buildVillageDashboard(
      V,
      [
        notice({ periodStart: '2025-10-14', periodEnd: '2025-11-25', proofs: [] }),
        notice({ type: 'party-dues', state: 'checked' }),
        notice({ villageCode: '360735101201' }),
      ],
      [],
      '2025-11-20',
    );
    expect(row.overdueTypes).toEqual(['party-dues']);
    expect(row).toMatchObject({
      publishedCount: 1,
      waitingCount: 1,
      runningPeriods: 1,
      proofsPresent: 0,
      proofsMissing: 1,
    });
  });

  it('says which subsidy batches are due this year and which missed last year’s deadline', () => {
    const row = buildVillageDashboard(
      V,
      [],
      [batch({}), batch({ state: 'published' }), batch({ year: 2024, state: 'checked' })],
      '2025-03-01',
    );
    expect(row).toMatchObject({ subsidyDue: 1, subsidyOverdue: 1 });
  });
});

describe('totalsBy', () => {
  it('adds amounts per key, largest first', () => {
    const rows = [
      { k: '耕地', fen: 100 },
      { k: '林补', fen: 50 },
      { k: '耕地', fen: 25 },
    ];
    expect(
      totalsBy(
        rows,
        (r) => r.k,
        (r) => r.fen,
      ),
    ).toEqual([
      { key: '耕地', amountFen: 125 },
      { key: '林补', amountFen: 50 },
    ]);
  });
});
