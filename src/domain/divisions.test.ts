import { describe, expect, it } from 'vitest';
import {
  divisionName,
  divisionPath,
  isKnownDivision,
  isVillageCode,
  listCounties,
  listRegions,
  listTownships,
  listVillages,
  parentCode,
  parseDivisionCode,
} from './divisions';
import { regionSchema } from './region';

describe('parseDivisionCode', () => {
  it.each([
    ['360735', { level: 'county', countyCode: '360735', townshipCode: null, villageCode: null }],
    [
      '360735101',
      { level: 'township', countyCode: '360735', townshipCode: '360735101', villageCode: null },
    ],
    [
      '360735100201',
      {
        level: 'village',
        countyCode: '360735',
        townshipCode: '360735100',
        villageCode: '360735100201',
        isRural: true,
      },
    ],
    [
      '360735101200',
      {
        level: 'village',
        countyCode: '360735',
        townshipCode: '360735101',
        villageCode: '360735101200',
        isRural: true,
      },
    ],
    [
      '360735100001',
      {
        level: 'village',
        countyCode: '360735',
        townshipCode: '360735100',
        villageCode: '360735100001',
        isRural: false,
      },
    ],
  ])('%s', (code, expected) => {
    expect(parseDivisionCode(code)).toEqual(expected);
  });

  it.each([
    ['360735100199', false], // last residents' committee number
    ['360735100200', true],
    ['360735100399', true],
    ['360735100400', false],
    ['360783400498', false], // 虚拟社区 of a development zone
  ])('%s rural → %s', (code, isRural) => {
    expect(parseDivisionCode(code)?.isRural).toBe(isRural);
  });

  it.each([
    '',
    '36073',
    '3607351',
    '36073510',
    '3607351012',
    '36073510120',
    '3607351012001',
    '36073510120a',
    '３６０７３５',
    ' 360735',
    '360735-101',
    '360735101000', // village part 000
    '360735000', // township part 000
    '360735000201',
    '360700', // a prefecture, not a county
    '360000',
    '000735',
  ])('refuses %j', (code) => {
    expect(parseDivisionCode(code)).toBeNull();
    expect(isVillageCode(code)).toBe(false);
  });

  it('isVillageCode only for 12-digit codes', () => {
    expect(isVillageCode('360735101201')).toBe(true);
    expect(isVillageCode('360735101')).toBe(false);
    expect(isVillageCode('360735')).toBe(false);
  });
});

describe('parentCode', () => {
  it.each([
    ['360735101201', '360735101'],
    ['360735101', '360735'],
    ['360735', null],
    ['360735101000', null],
    ['abc', null],
  ])('%s → %s', (code, parent) => {
    expect(parentCode(code)).toBe(parent);
  });
});

describe('the bundled division table', () => {
  it.each([
    ['360735', '石城县'],
    ['360783', '龙南市'],
    ['360735101', '小松镇'],
    ['360735101200', '小松村委会'],
    ['360735101201', '罗源村委会'],
    ['360735100201', '西外村委会'],
    ['360783108', '九连山镇'],
  ])('%s is %s', (code, name) => {
    expect(divisionName(code)).toBe(name);
    expect(isKnownDivision(code)).toBe(true);
  });

  it('knows nothing it was not given', () => {
    expect(divisionName('360735101299')).toBeUndefined();
    expect(divisionName('')).toBeUndefined();
    expect(isKnownDivision('110101')).toBe(false);
  });

  it('lists the two sample counties', () => {
    expect(listCounties()).toEqual([
      { code: '360735', name: '石城县' },
      { code: '360783', name: '龙南市' },
    ]);
  });

  it.each([
    ['360735', 11, 155, 131],
    ['360783', 16, 108, 90],
  ])(
    'county %s has %d townships, %d villages, %d of them rural',
    (county, townships, villages, rural) => {
      const list = listTownships(county);
      expect(list).toHaveLength(townships);
      const all = list.flatMap((t) => listVillages(t.code));
      expect(all).toHaveLength(villages);
      expect(all.filter((v) => v.rural)).toHaveLength(rural);
      for (const v of all) expect(v.rural).toBe(parseDivisionCode(v.code)?.isRural);
    },
  );

  it('lists 龙南市 townships in code order', () => {
    expect(listTownships('360783').map((t) => t.name)).toEqual([
      '龙南镇',
      '武当镇',
      '杨村镇',
      '汶龙镇',
      '程龙镇',
      '关西镇',
      '里仁镇',
      '渡江镇',
      '九连山镇',
      '桃江乡',
      '东江乡',
      '临塘乡',
      '南亨乡',
      '夹湖乡',
      '江西龙南经济技术开发区',
      '安基山林场',
    ]);
  });

  it('lists 小松镇 villages with their rural flag', () => {
    const villages = listVillages('360735101');
    expect(villages).toHaveLength(17);
    expect(villages.slice(0, 1)).toEqual([
      { code: '360735101001', name: expect.any(String), rural: false },
    ]);
    expect(villages).toContainEqual({ code: '360735101200', name: '小松村委会', rural: true });
    expect(villages).toContainEqual({ code: '360735101201', name: '罗源村委会', rural: true });
  });

  it('returns empty lists for unknown or wrong-level codes', () => {
    expect(listTownships('110101')).toEqual([]);
    expect(listTownships('360735101')).toEqual([]);
    expect(listVillages('360735')).toEqual([]);
    expect(listVillages('360735999')).toEqual([]);
  });

  it('hands out copies, so a caller cannot corrupt the table', () => {
    const list = listTownships('360735');
    list.length = 0;
    expect(listTownships('360735')).toHaveLength(11);
    const [first] = listCounties();
    expect(() => {
      if (first) first.name = 'x';
    }).toThrow(TypeError);
  });

  it('divisionPath walks down from the county', () => {
    expect(divisionPath('360735101201').map((d) => d.name)).toEqual([
      '石城县',
      '小松镇',
      '罗源村委会',
    ]);
    expect(divisionPath('360735101299')).toEqual([]);
  });

  it('listRegions gives valid Region records with parents', () => {
    const regions = listRegions();
    expect(regions).toHaveLength(2 + 27 + 263);
    for (const r of regions) expect(regionSchema.safeParse(r).success).toBe(true);
    expect(regions).toContainEqual({
      code: '360735101200',
      name: '小松村委会',
      level: 'village',
      parentCode: '360735101',
      rural: true,
    });
  });
});

interface SampleJson {
  counties: {
    code: string;
    name: string;
    townships: {
      code: string;
      name: string;
      villages: { code: string; name: string; rural: boolean }[];
    }[];
  }[];
}

// The shared sample lives outside the repository; a fresh clone only has the generated table.
const SAMPLE_URL = new URL('../../../shared/data/jiangxi-divisions-sample.json', import.meta.url);
const sample: SampleJson | null = await import(/* @vite-ignore */ SAMPLE_URL.href).then(
  (m: { default: SampleJson }) => m.default,
  () => null,
);

describe.skipIf(sample === null)('divisions-data.ts matches the shared sample', () => {
  it('has every county, township and village with the same name and flag', () => {
    const counties = sample?.counties ?? [];
    expect(listCounties()).toEqual(counties.map(({ code, name }) => ({ code, name })));
    for (const county of counties) {
      expect(listTownships(county.code)).toEqual(
        county.townships.map(({ code, name }) => ({ code, name })),
      );
      for (const township of county.townships) {
        expect(listVillages(township.code)).toEqual(township.villages);
      }
    }
  });
});
