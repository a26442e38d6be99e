// Fills an empty database with the demo: the regions of 石城县, one account per role,
// a kiosk token for 小松村 and realistic payout batches and notices in every review state.
// Runs at start; does nothing once any user exists, so a restart keeps what people did
// with the demo. One transaction, so a crash half-way leaves the database empty again.
import { divisionName } from '../../domain/divisions';
import type { Role } from '../../domain/user';
import { uuidv7 } from '../../domain/uuid';
import { hashPassword, randomPassword } from '../auth/password';
import { createSession, KIOSK_TOKEN_TTL_MS } from '../auth/sessions';
import type { Executor, UsersTable } from '../db/schema';
import { allocateVersions, lockServerState } from '../db/server-state';
import type { Storage } from '../db/storage';
import { buildDemoContent, type DemoContent } from './demo-content';
import { createCountyRegions } from './region-seed';

export const DEMO_COUNTY = '360735'; // 石城县
export const DEMO_TOWNSHIP = '360735101'; // 小松镇
export const DEMO_VILLAGES = ['360735101200', '360735101201'] as const; // 小松村, 罗源村
const CHUNK = 200;

export interface DemoAccount {
  username: string;
  role: Role;
  regionCode: string;
  regionName: string;
}

export interface DemoSeedResult {
  /** false when the database already had users: nothing was changed */
  isSeeded: boolean;
  accounts: DemoAccount[];
  /** the demo password, only when it was just set */
  password: string | null;
  kiosk: { villageCode: string; villageName: string; token: string } | null;
  counts: { regions: number; batches: number; lines: number; notices: number };
}

function demoAccounts(): DemoAccount[] {
  const account = (username: string, role: Role, regionCode: string): DemoAccount => ({
    username,
    role,
    regionCode,
    regionName: divisionName(regionCode) ?? regionCode,
  });
  return [
    account('admin', 'county-admin', DEMO_COUNTY),
    account('reviewer', 'township-reviewer', DEMO_TOWNSHIP),
    ...DEMO_VILLAGES.flatMap((village) => [
      account(`cadre-${village}`, 'village-cadre', village),
      account(`supervisor-${village}`, 'village-supervisor', village),
    ]),
  ];
}

async function insertChunked<T>(
  rows: T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK)
    await insert(rows.slice(start, start + CHUNK));
}

/** Numbers every record from one block of versions and stores it. */
async function storeContent(trx: Executor, content: DemoContent): Promise<void> {
  const total =
    content.batches.length + content.lines.length + content.notices.length + content.steps.length;
  let version = await allocateVersions(trx, total);
  const next = (): number => version++;
  await insertChunked(content.batches, (chunk) =>
    trx
      .insertInto('batches')
      .values(
        chunk
          .map((b) => ({ ...b, version: next() }))
          .map((b) => ({
            id: b.id,
            village_code: b.villageCode,
            state: b.state,
            author_id: b.authorId,
            version: b.version,
            deleted: 0,
            record: JSON.stringify(b),
          })),
      )
      .execute(),
  );
  await insertChunked(content.lines, (chunk) =>
    trx
      .insertInto('lines')
      .values(
        chunk
          .map((l) => ({ ...l, version: next() }))
          .map((l) => ({
            id: l.id,
            batch_id: l.batchId,
            village_code: l.villageCode,
            version: l.version,
            deleted: 0,
            record: JSON.stringify(l),
          })),
      )
      .execute(),
  );
  await insertChunked(content.notices, (chunk) =>
    trx
      .insertInto('notices')
      .values(
        chunk
          .map((n) => ({ ...n, version: next() }))
          .map((n) => ({
            id: n.id,
            village_code: n.villageCode,
            state: n.state,
            author_id: n.authorId,
            version: n.version,
            deleted: 0,
            record: JSON.stringify(n),
          })),
      )
      .execute(),
  );
  await insertChunked(content.steps, (chunk) =>
    trx
      .insertInto('review_steps')
      .values(
        chunk.map((s) => ({
          id: s.id,
          item_kind: s.itemKind,
          item_id: s.itemId,
          village_code: s.villageCode,
          action: s.action,
          at: s.at,
          version: next(),
          deleted: 0,
          record: JSON.stringify(s),
        })),
      )
      .execute(),
  );
}

export async function seedDemoData(
  storage: Storage,
  options: { password?: string | null } = {},
): Promise<DemoSeedResult> {
  const now = storage.now();
  const accounts = demoAccounts();
  const password = options.password || randomPassword();
  // Hashing is the slow part: done before the transaction, in parallel, one salt per user.
  const hashes = await Promise.all(accounts.map(() => hashPassword(password)));
  const empty: DemoSeedResult = {
    isSeeded: false,
    accounts,
    password: null,
    kiosk: null,
    counts: { regions: 0, batches: 0, lines: 0, notices: 0 },
  };

  return storage.db.transaction().execute(async (trx) => {
    // Two processes starting together on one PostgreSQL: the second waits, then sees users.
    await lockServerState(trx, storage.dialect === 'postgres');
    const anyUser = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (anyUser) return empty;

    const regions = await createCountyRegions(trx, DEMO_COUNTY);
    const users: UsersTable[] = accounts.map((account, index) => ({
      id: uuidv7(now),
      username: account.username,
      display_name: account.username,
      role: account.role,
      region_code: account.regionCode,
      password_hash: hashes[index] ?? null,
      created_at: now,
      disabled: 0,
    }));
    const kioskVillage = DEMO_VILLAGES[0];
    const kioskUser: UsersTable = {
      id: uuidv7(now),
      username: `kiosk-${kioskVillage}`,
      display_name: `kiosk-${kioskVillage}`,
      role: 'kiosk',
      region_code: kioskVillage,
      password_hash: null,
      created_at: now,
      disabled: 0,
    };
    await trx
      .insertInto('users')
      .values([...users, kioskUser])
      .execute();
    const token = await createSession(trx, kioskUser.id, now, KIOSK_TOKEN_TTL_MS);

    const idOf = (username: string): string => users.find((u) => u.username === username)?.id ?? '';
    const villages = DEMO_VILLAGES.map((code) => ({
      code,
      shortName: (divisionName(code) ?? code).replace(/委会$/, ''),
      cadreId: idOf(`cadre-${code}`),
      supervisorId: idOf(`supervisor-${code}`),
    }));
    const content = buildDemoContent(villages, idOf('reviewer'), DEMO_COUNTY, now);
    await storeContent(trx, content);
    return {
      isSeeded: true,
      accounts,
      password,
      kiosk: {
        villageCode: kioskVillage,
        villageName: divisionName(kioskVillage) ?? kioskVillage,
        token,
      },
      counts: {
        regions,
        batches: content.batches.length,
        lines: content.lines.length,
        notices: content.notices.length,
      },
    };
  });
}

/** What main.ts prints at start, in plain words for whoever runs the demo. */
export function describeDemoSeed(result: DemoSeedResult): string {
  const names = result.accounts.map(
    (a) => `  ${a.username.padEnd(28)} ${a.role.padEnd(20)} ${a.regionName} (${a.regionCode})`,
  );
  if (!result.isSeeded) {
    return [
      'Demo accounts (if this database was created with the demo):',
      ...names,
      'Their password is the one printed at the first start; change it with',
      '  npm run admin -- reset-password --username <name>',
    ].join('\n');
  }
  const { counts, kiosk } = result;
  return [
    `Demo data created: ${counts.regions} regions, ${counts.batches} payout batches with ${counts.lines} lines, ${counts.notices} notices.`,
    `Sign in with one of these accounts, password: ${result.password}`,
    ...names,
    kiosk ? `Kiosk token for ${kiosk.villageName} (${kiosk.villageCode}): ${kiosk.token}` : '',
  ].join('\n');
}
