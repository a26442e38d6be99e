// verify-chain finds every change made to published content behind the server's back:
// a line or a record edited in the database, a snapshot rewritten, a state flipped by
// hand; a clean database passes. Changes are made with plain SQL, as an intruder would.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VILLAGE_A } from '../auth/test-accounts';
import { runAdminCommand } from '../cli/admin-commands';
import { startTestServer, type TestServer } from '../sync/test-server';
import { publishedBatch, publishedNotice, villageATeam } from './publish-test-steps';
import { verifyChain } from './verify-chain';

const here = path.dirname(fileURLToPath(import.meta.url));
let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

async function publishSome() {
  const team = villageATeam(server);
  const { batch, lines } = await publishedBatch(server, team);
  const notice = await publishedNotice(server, team);
  return { batch, lines, notice };
}

async function editRecord(table: 'batches' | 'lines' | 'notices', id: string, change: object) {
  const db = server.storage.db;
  const row = await db
    .selectFrom(table)
    .select('record')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const record = { ...(JSON.parse(row.record) as object), ...change };
  await db
    .updateTable(table)
    .set({ record: JSON.stringify(record) })
    .where('id', '=', id)
    .execute();
}

const verify = (...flags: string[]) => runAdminCommand(server.storage, ['verify-chain', ...flags]);

describe('verify-chain', () => {
  it('passes a clean chain', async () => {
    await publishSome();
    expect(await verify()).toEqual([
      'Checked 2 snapshot(s) in 1 village(s): every published record matches its fingerprint and every chain is intact.',
    ]);
    expect(await verify('--village', VILLAGE_A)).toHaveLength(1);
  });

  it('reports a published line changed in the database, naming the line and the field', async () => {
    const { batch, lines } = await publishSome();
    const line = lines[1];
    await editRecord('lines', line?.id ?? '', { amountFen: 99_900 });
    const report = await verifyChain(server.storage.db);
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'lines-changed',
        itemId: batch.id,
        seq: 1,
        details: [`line ${line?.id}: amountFen`],
      }),
    ]);
    await expect(verify()).rejects.toThrow(
      new RegExp(
        `#1 batch ${batch.id}: lines were changed after publishing: line ${line?.id}: amountFen\\.`,
      ),
    );
  });

  it('reports a record changed, a line removed and a published item whose snapshot is gone', async () => {
    const { batch, lines, notice } = await publishSome();
    await editRecord('notices', notice.id, { body: '改过的正文' });
    await server.storage.db
      .updateTable('lines')
      .set({ deleted: 1 })
      .where('id', '=', lines[0]?.id ?? '')
      .execute();
    const team = villageATeam(server);
    const sneaky = await publishedNotice(server, team);
    await server.storage.db
      .deleteFrom('published_snapshots')
      .where('item_id', '=', sneaky.id)
      .execute();
    const report = await verifyChain(server.storage.db);
    expect(report.problems.map((p) => [p.code, p.itemId, p.details])).toEqual([
      ['lines-changed', batch.id, [`line ${lines[0]?.id} removed`]],
      ['record-changed', notice.id, ['body']],
      ['published-without-snapshot', sneaky.id, []],
    ]);
  });

  it('reports a rewritten snapshot and breaks the chain after it', async () => {
    const { batch, notice } = await publishSome();
    const first = await server.storage.db
      .selectFrom('published_snapshots')
      .select(['canonical_json'])
      .where('item_id', '=', batch.id)
      .executeTakeFirstOrThrow();
    await server.storage.db
      .updateTable('published_snapshots')
      .set({ canonical_json: first.canonical_json.replace('107.5元/亩', '10.75元/亩') })
      .where('item_id', '=', batch.id)
      .execute();
    const report = await verifyChain(server.storage.db);
    const codes = report.problems.map((p) => [p.code, p.itemId]);
    expect(codes).toContainEqual(['hash-mismatch', batch.id]);
    // The record no longer matches the (rewritten) snapshot either.
    expect(codes).toContainEqual(['record-changed', batch.id]);
    expect(codes.some(([, id]) => id === notice.id)).toBe(false);

    // Recomputing the fingerprint to hide it breaks the link to the next snapshot.
    const rewritten = first.canonical_json.replace('107.5元/亩', '10.75元/亩');
    await server.storage.db
      .updateTable('published_snapshots')
      .set({ sha256: createHash('sha256').update(rewritten).digest('hex') })
      .where('item_id', '=', batch.id)
      .execute();
    const again = (await verifyChain(server.storage.db)).problems.map((p) => [p.code, p.itemId]);
    expect(again).toContainEqual(['chain-broken', notice.id]);
    expect(again).toContainEqual(['fingerprint-mismatch', batch.id]);
  });

  // The CLI opens the SQLite data directory itself; on PostgreSQL the in-process checks suffice.
  it.runIf(!process.env.DATABASE_URL)(
    'exits with status 1 from the command line when something changed, 0 when clean',
    async () => {
      const { lines } = await publishSome();
      const admin = () =>
        spawnSync(
          process.execPath,
          ['--import', 'tsx', path.join(here, '../cli/admin.ts'), 'verify-chain'],
          {
            env: {
              ...process.env,
              DATA_DIR: (server.database.target as { dataDir: string }).dataDir,
            },
            encoding: 'utf8',
          },
        );
      await server.app.close();
      await server.storage.close();
      const clean = admin();
      expect([clean.status, clean.stdout.trim()]).toEqual([
        0,
        'Checked 2 snapshot(s) in 1 village(s): every published record matches its fingerprint and every chain is intact.',
      ]);
      await server.restart();
      await editRecord('lines', lines[0]?.id ?? '', { name: '改名' });
      await server.app.close();
      await server.storage.close();
      const broken = admin();
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(`line ${lines[0]?.id}: name`);
      await server.restart();
    },
  );
});
