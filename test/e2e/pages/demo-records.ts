// The demo village's records as a signed-in device holds them after its first sync, read
// straight from IndexedDB, so a test can open "the draft batch" or "the notice the
// township has to decide on" without knowing their ids. Also the two things the demo does
// not seed and a staff screen needs to show: a resident's objection and a refused change.
import type { Page } from 'playwright-core';
import { uuidv7 } from '../../../src/domain/uuid';
import { PROTOCOL_VERSION } from '../../../src/sync/protocol-limits';

export interface DemoRecords {
  /** a draft batch that has lines, with the name of one of its households */
  draftBatch: { id: string; lineName: string };
  /** a batch the village committee has checked: the township decides on it */
  checkedBatch: { id: string };
  /** a batch waiting for the village committee */
  submittedBatch: { id: string };
  /** a draft notice never returned */
  draftNotice: { id: string; title: string };
  publishedNotice: { id: string };
  checkedNotice: { id: string };
}

interface LocalRow {
  id: string;
  villageCode: string;
  state: string;
  title?: string;
  returnedReason?: string | null;
  batchId?: string;
  name?: string;
}

/** Reads the village's batches, lines and notices from the app's database in page. */
export async function readDemoRecords(page: Page, villageCode: string): Promise<DemoRecords> {
  const rows = await page.evaluate(
    (code) =>
      new Promise<{ batches: LocalRow[]; lines: LocalRow[]; notices: LocalRow[] }>(
        (resolve, reject) => {
          const open = indexedDB.open('cunwu');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['batches', 'lines', 'notices'], 'readonly');
            const batches = tx.objectStore('batches').getAll();
            const lines = tx.objectStore('lines').getAll();
            const notices = tx.objectStore('notices').getAll();
            tx.oncomplete = () => {
              db.close();
              const mine = (request: IDBRequest) =>
                (request.result as LocalRow[]).filter((row) => row.villageCode === code);
              resolve({ batches: mine(batches), lines: mine(lines), notices: mine(notices) });
            };
            tx.onerror = () => reject(tx.error);
          };
        },
      ),
    villageCode,
  );
  const one = (list: LocalRow[], what: string, test: (row: LocalRow) => boolean): LocalRow => {
    const row = list.find(test);
    if (!row) throw new Error(`the demo data on this device has no ${what}`);
    return row;
  };
  const draftBatch = one(rows.batches, 'draft batch with lines', (b) => {
    return b.state === 'draft' && rows.lines.some((line) => line.batchId === b.id);
  });
  const lineName = one(rows.lines, 'line', (line) => line.batchId === draftBatch.id).name ?? '';
  const draftNotice = one(rows.notices, 'draft notice', (n) => {
    return n.state === 'draft' && !n.returnedReason;
  });
  return {
    draftBatch: { id: draftBatch.id, lineName },
    checkedBatch: one(rows.batches, 'checked batch', (b) => b.state === 'checked'),
    submittedBatch: one(rows.batches, 'submitted batch', (b) => b.state === 'submitted'),
    draftNotice: { id: draftNotice.id, title: draftNotice.title ?? '' },
    publishedNotice: one(rows.notices, 'published notice', (n) => n.state === 'published'),
    checkedNotice: one(rows.notices, 'checked notice', (n) => n.state === 'checked'),
  };
}

async function postJson(url: string, body: unknown, token?: string): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** A resident's objection to the first notice still in its notice period. */
export async function raiseObjection(baseUrl: string, villageCode: string, text: string) {
  const view = (await (await fetch(`${baseUrl}/api/public/villages/${villageCode}`)).json()) as {
    notices: { id: string; period: { status: string } }[];
  };
  const open = view.notices.find((notice) => notice.period.status === 'open');
  if (!open) throw new Error('the demo village has no notice in its notice period');
  await postJson(`${baseUrl}/api/public/villages/${villageCode}/objections`, {
    itemKind: 'notice',
    itemId: open.id,
    text,
  });
}

/**
 * A change the server refuses, sent as username from another device: submitting a notice
 * that is already published. The server keeps it as a conflict item for its author, so
 * the author's devices list it under "没有被接受的修改" after their next sync.
 */
export async function sendRefusedChange(
  baseUrl: string,
  username: string,
  password: string,
  villageCode: string,
): Promise<void> {
  const login = await postJson(`${baseUrl}/api/auth/login`, { username, password });
  const { token } = (await login.json()) as { token: string };
  const view = (await (await fetch(`${baseUrl}/api/public/villages/${villageCode}`)).json()) as {
    notices: { id: string }[];
  };
  const published = view.notices[0];
  if (!published) throw new Error('the demo village has no published notice');
  const response = await postJson(
    `${baseUrl}/api/sync/push`,
    {
      protocol: PROTOCOL_VERSION,
      clientId: uuidv7(),
      mutations: [
        {
          mid: 1,
          name: 'review.transition',
          args: {
            stepId: uuidv7(),
            itemKind: 'notice',
            itemId: published.id,
            action: 'submit',
          },
          baseVersion: 0,
        },
      ],
    },
    token,
  );
  const { results } = (await response.json()) as { results: { status: string }[] };
  if (results[0]?.status !== 'rejected') {
    throw new Error(`the server did not refuse the change: ${JSON.stringify(results)}`);
  }
}
