import { describe, expect, it } from 'vitest';
import { ROLE_REGION_LENGTH, ROLES, isInScope, userSchema } from './user';

describe('isInScope', () => {
  it.each([
    // user's region, village, in scope
    ['360735', '360735101201', true], // county admin: every village of the county
    ['360735', '360783100201', false],
    ['360735101', '360735101201', true], // township reviewer: villages of the township
    ['360735101', '360735100201', false],
    ['360735101', '360735101', false], // a township is not a village
    ['360735101201', '360735101201', true], // village roles: their own village
    ['360735101201', '360735101200', false],
    ['360735101201', '', false],
    ['360735101201', '3607351012011', false],
  ])('%s → %s: %s', (regionCode, villageCode, expected) => {
    expect(isInScope({ regionCode }, villageCode)).toBe(expected);
  });
});

describe('userSchema', () => {
  const base = {
    id: '01890a5d-ac96-774b-bcce-b302099a8057',
    username: 'cadre1',
    displayName: '张三',
    role: 'village-cadre',
    regionCode: '360735101201',
  };

  it('accepts a valid user', () => {
    expect(userSchema.safeParse(base).success).toBe(true);
  });

  it.each([
    ['role', 'mayor'],
    ['regionCode', '3607351012'],
    ['regionCode', '36073510120a'],
    ['id', 'not-a-uuid'],
    ['username', ''],
  ])('refuses %s = %j', (field, value) => {
    expect(userSchema.safeParse({ ...base, [field]: value }).success).toBe(false);
  });

  it('binds every role to a region level', () => {
    expect(Object.keys(ROLE_REGION_LENGTH).sort()).toEqual([...ROLES].sort());
  });
});
