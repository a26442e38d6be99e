// The demo a person sees on first start: every account signs in, the data looks like a
// real village's (valid ID check digits, Luhn-valid accounts, amounts = quantity × rate),
// every review state is there, and a second start keeps what was there.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBankAccount, validateIdNumber } from '../../domain/identity';
import { isAmountConsistent } from '../../domain/money';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { scanPersonalData } from '../../domain/privacy-scan';
import { REVIEW_STATES } from '../../domain/review';
import { buildApp } from '../app';
import type { Storage } from '../db/storage';
import { createTestDatabase, type TestDatabase } from '../db/test-storage';
import { TestDevice } from '../sync/test-sync-client';
import { describeDemoSeed, seedDemoData, type DemoSeedResult } from './demo-seed';

let testDb: TestDatabase;
let storage: Storage;
let app: FastifyInstance;
let seed: DemoSeedResult;

beforeAll(async () => {
  testDb = await createTestDatabase();
  storage = await testDb.open();
  seed = await seedDemoData(storage, { password: 'demo-pass-2025' });
  app = await buildApp({ storage });
});
afterAll(async () => {
  await app.close();
  await storage.close();
  await testDb.destroy();
});

async function login(username: string, password = 'demo-pass-2025'): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  expect(response.statusCode, username).toBe(200);
  return (response.json() as { token: string }).token;
}

async function records<T>(table: 'batches' | 'lines' | 'notices'): Promise<T[]> {
  const rows = await storage.db.selectFrom(table).select('record').execute();
  return rows.map((row) => JSON.parse(row.record) as T);
}

describe('demo seed', () => {
  it('creates the county, its townships and villages', async () => {
    expect(seed.isSeeded).toBe(true);
    const regions = await storage.db.selectFrom('regions').select(['code', 'name']).execute();
    expect(regions.length).toBeGreaterThan(130);
    expect(regions).toContainEqual({ code: '360735', name: '石城县' });
    expect(regions).toContainEqual({ code: '360735101', name: '小松镇' });
    expect(regions).toContainEqual({ code: '360735101200', name: '小松村委会' });
  });

  it('every demo account signs in with the given password and is bound to its region', async () => {
    const expected: Record<string, string> = {
      admin: '360735',
      reviewer: '360735101',
      'cadre-360735101200': '360735101200',
      'supervisor-360735101200': '360735101200',
      'cadre-360735101201': '360735101201',
      'supervisor-360735101201': '360735101201',
    };
    for (const [username, regionCode] of Object.entries(expected)) {
      const token = await login(username);
      const me = await app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.json()).toMatchObject({ user: { username, regionCode } });
    }
  });

  it('prints the password and a kiosk token that works for the kiosk but not for sync', async () => {
    const text = describeDemoSeed(seed);
    expect(text).toContain('demo-pass-2025');
    expect(text).toContain(seed.kiosk?.token);
    const auth = `Bearer ${seed.kiosk?.token}`;
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: auth },
    });
    expect(me.json()).toMatchObject({ user: { role: 'kiosk', regionCode: '360735101200' } });
    const pull = await new TestDevice(app, auth).pullPage();
    expect(pull.statusCode).toBe(403);
  });

  it('holds about 400 households per village with valid fictitious numbers and exact amounts', async () => {
    const lines = await records<PayoutLine>('lines');
    const batches = await records<PayoutBatch>('batches');
    const firstBatch = batches.find(
      (b) => b.villageCode === '360735101200' && b.item === '耕地地力保护补贴',
    );
    expect(lines.filter((l) => l.batchId === firstBatch?.id)).toHaveLength(400);
    expect(new Set(batches.map((b) => b.item))).toEqual(
      new Set(['耕地地力保护补贴', '稻谷目标价格补贴', '生态公益林补偿', '高龄津贴']),
    );
    for (const line of lines) {
      expect(validateIdNumber(line.idNumber).ok, line.idNumber).toBe(true);
      expect(line.idNumber.startsWith('360735')).toBe(true);
      expect(validateBankAccount(line.account).ok, line.account).toBe(true);
      expect(
        line.adjusted || isAmountConsistent(line.quantityCenti, line.rateFen, line.amountFen),
      ).toBe(true);
      expect(/^第[一二三四五六七八]组$/.test(line.group)).toBe(true);
    }
    expect(lines.some((l) => /^(欧阳|上官|司马)/.test(l.name))).toBe(true);
  });

  it('has batches and notices of every category in every review state, free of personal data', async () => {
    const batches = await records<PayoutBatch>('batches');
    const notices = await records<Notice>('notices');
    expect(new Set(batches.map((b) => b.state))).toEqual(new Set(REVIEW_STATES));
    expect(new Set(notices.map((n) => n.state))).toEqual(new Set(REVIEW_STATES));
    expect(new Set(notices.map((n) => n.category))).toEqual(
      new Set(['party', 'village', 'finance']),
    );
    expect(notices.some((n) => n.returnedReason)).toBe(true);
    for (const notice of notices) expect(scanPersonalData(notice.body)).toEqual([]);
  });

  it('gives a supervisor the trail of steps that led to each state', async () => {
    const token = await login('supervisor-360735101200');
    const device = new TestDevice(app, `Bearer ${token}`);
    await device.pullAll();
    const published = [...device.rows.values()].find(
      (r) => r.table === 'batches' && r.value?.state === 'published',
    );
    const steps = [...device.rows.values()].filter(
      (r) => r.table === 'reviewSteps' && r.value?.itemId === published?.key,
    );
    expect(steps.map((s) => s.value?.action)).toEqual(['submit', 'check', 'approve']);
  });

  it('does nothing on a second start: data and passwords are kept', async () => {
    const before = await storage.health.getStatus();
    const again = await seedDemoData(storage, { password: 'another-password' });
    expect(again.isSeeded).toBe(false);
    expect(await storage.health.getStatus()).toEqual(before);
    await login('admin');
  });
});
