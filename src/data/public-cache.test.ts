// The kiosk's offline copy keeps only allow-listed public fields, even when an answer
// carried more, and is emptied when the kiosk is unregistered.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskVillageResponse } from '../domain/public-view';
import {
  clearPublicCache,
  markKioskSnapshotChecked,
  readKioskSnapshot,
  saveKioskSnapshot,
  usePublicCacheNameForTests,
} from './public-cache';

const PERIOD = { start: '2025-11-20', end: '2025-11-28', status: 'open', remainingWorkingDays: 7 } as const;

function answerWithExtras(): KioskVillageResponse {
  return {
    village: { code: '360735101200', name: '小松村委会' },
    today: '2025-11-20',
    notices: [
      {
        id: 'n1',
        category: 'party',
        type: 'party-dues',
        title: '党费公开',
        body: '正文',
        period: PERIOD,
        correctsId: null,
        authorId: 'someone',
      } as KioskVillageResponse['notices'][number],
    ],
    batches: [],
    lines: [
      {
        id: 'l1',
        batchId: 'b1',
        group: '第一组',
        name: '曾国华',
        quantityCenti: 250,
        unit: '亩',
        rateFen: 10750,
        amountFen: 26875,
        paidOn: null,
        adjusted: false,
        namePinyin: 'zeng guo hua|zgh',
        idNumber: '360735195603141234',
        account: '6217000000000000012',
        remark: '电话 13807971234',
      } as KioskVillageResponse['lines'][number],
    ],
  };
}

beforeEach(() => usePublicCacheNameForTests(`public-cache-${Math.random()}`));
afterEach(() => usePublicCacheNameForTests(null));

describe('public cache', () => {
  it('stores only allow-listed fields, whatever the answer carried', async () => {
    await saveKioskSnapshot({
      villageCode: '360735101200',
      etag: '"abc"',
      checkedAt: 1,
      view: answerWithExtras(),
    });
    const stored = await readKioskSnapshot('360735101200');
    const text = JSON.stringify(stored);
    expect(text).not.toContain('360735195603141234');
    expect(text).not.toContain('6217000000000000012');
    expect(text).not.toContain('13807971234');
    expect(text).not.toContain('authorId');
    expect(stored?.view.lines[0]?.name).toBe('曾国华');
  });

  it('records a 304 as a fresh check and forgets everything on clear', async () => {
    await saveKioskSnapshot({ villageCode: '360735101200', etag: null, checkedAt: 1, view: answerWithExtras() });
    await markKioskSnapshotChecked('360735101200', 42);
    expect((await readKioskSnapshot('360735101200'))?.checkedAt).toBe(42);
    await clearPublicCache();
    expect(await readKioskSnapshot('360735101200')).toBeUndefined();
  });
});
