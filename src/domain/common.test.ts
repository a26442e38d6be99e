import { describe, expect, it } from 'vitest';
import { attachmentRefSchema } from './attachment';
import { idSchema, isoDateSchema, regionCodeSchema, villageCodeSchema } from './common';
import { regionSchema } from './region';

describe('code and id schemas', () => {
  it.each([
    [villageCodeSchema, '360735101201', true],
    [villageCodeSchema, '360735101', false],
    [villageCodeSchema, '36073510120X', false],
    [villageCodeSchema, '３６０７３５１０１２０１', false],
    [regionCodeSchema, '360735', true],
    [regionCodeSchema, '360735101', true],
    [regionCodeSchema, '360735101201', true],
    [regionCodeSchema, '3607351012', false],
    [isoDateSchema, '2025-10-01', true],
    [isoDateSchema, '2025-10-1', false],
    [idSchema, '01890a5d-ac96-774b-bcce-b302099a8057', true],
    [idSchema, '01890a5d-ac96-474b-bcce-b302099a8057', false], // version 4
    [idSchema, '01890A5D-AC96-774B-BCCE-B302099A8057', false], // upper case
  ] as const)('%#: %j → %s', (schema, value, ok) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });
});

describe('regionSchema', () => {
  it('accepts a village with its parent and rural flag', () => {
    const village = {
      code: '360735101200',
      name: '小松村委会',
      level: 'village',
      parentCode: '360735101',
      rural: true,
    };
    expect(regionSchema.parse(village)).toEqual(village);
  });

  it('refuses an unknown level or a bad parent code', () => {
    expect(
      regionSchema.safeParse({ code: '360735', name: '石城县', level: 'city', parentCode: null })
        .success,
    ).toBe(false);
    expect(
      regionSchema.safeParse({
        code: '360735101',
        name: '小松镇',
        level: 'township',
        parentCode: '3607',
      }).success,
    ).toBe(false);
  });
});

describe('attachmentRefSchema', () => {
  const photo = { sha256: 'a'.repeat(64), name: '公示照片.jpg', mime: 'image/jpeg', size: 120_000 };

  it('accepts a photo reference', () => {
    expect(attachmentRefSchema.safeParse(photo).success).toBe(true);
  });

  it.each([
    ['sha256', 'A'.repeat(64)],
    ['sha256', 'a'.repeat(63)],
    ['mime', 'text/html'],
    ['size', 0],
    ['size', 11 * 1024 * 1024],
    ['name', ''],
  ])('refuses %s = %j', (field, value) => {
    expect(attachmentRefSchema.safeParse({ ...photo, [field]: value }).success).toBe(false);
  });
});
