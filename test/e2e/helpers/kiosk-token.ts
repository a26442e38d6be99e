// A kiosk token for a village's demo kiosk, written into a running test server's SQLite
// database the way `npm run admin -- create-kiosk --village <code>` does, so a test can
// register its browser as that village's touch screen (/kiosk?token=…).
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { KioskVillageResponse } from '../../../src/domain/public-view';
import { createSession, KIOSK_TOKEN_TTL_MS } from '../../../src/server/auth/sessions';
import type { Database } from '../../../src/server/db/schema';

/** A fresh token of the kiosk account the demo seed created for villageCode. */
export async function createKioskToken(dataDir: string, villageCode: string): Promise<string> {
  const database = new BetterSqlite3(path.join(dataDir, 'cunwu.sqlite'), { timeout: 5000 });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    const kiosk = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', `kiosk-${villageCode}`)
      .executeTakeFirstOrThrow();
    return await createSession(db, kiosk.id, Date.now(), KIOSK_TOKEN_TTL_MS);
  } finally {
    await db.destroy();
  }
}

/**
 * Pinyin initials that find a handful (1-5) of the village's payout lines at the kiosk, and
 * the name of one of them, read from the kiosk's own board.
 */
export async function findableInitials(
  serverUrl: string,
  villageCode: string,
  token: string,
): Promise<{ name: string; initials: string }> {
  const response = await fetch(`${serverUrl}/api/public/villages/${villageCode}/kiosk`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const board = (await response.json()) as KioskVillageResponse;
  const initialsOf = (pinyin: string | undefined) => (pinyin ?? '').split('|')[1] ?? '';
  const counts = new Map<string, number>();
  for (const line of board.lines) {
    const initials = initialsOf(line.namePinyin);
    counts.set(initials, (counts.get(initials) ?? 0) + 1);
  }
  const line = board.lines.find((l) => {
    const initials = initialsOf(l.namePinyin);
    return initials.length === 3 && (counts.get(initials) ?? 0) <= 5;
  });
  if (!line) throw new Error('the demo has no line with distinctive initials');
  return { name: line.name, initials: initialsOf(line.namePinyin) };
}
