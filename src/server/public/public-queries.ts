// Reads the published items of one village and turns them into public answers through
// public-views.ts. Only rows in state 'published' and not deleted are read (approval locks
// them, so the live row is the published version); drafts and items under review never
// leave here. The day an item was approved comes from its review trail. The village's
// settings are read with the content, so every public answer applies the ones in force
// now, and the phone answer carries them (phoneRules): a changed setting changes its ETag.
import { chinaDateOf } from '../../domain/dates';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import type {
  KioskVillageResponse,
  PublicBatchLinesResponse,
  PublicVillageResponse,
} from '../../domain/public-view';
import type { VillageSettings } from '../../domain/village-settings';
import type { Executor } from '../db/schema';
import { readVillageSettings } from '../settings/village-settings-queries';
import { publicBatch, publicLines, publicNotice, type PublicAudience } from './public-views';

export interface PublishedContent {
  village: { code: string; name: string };
  /** the village's settings in force (defaults where it chose nothing) */
  settings: VillageSettings;
  notices: { record: Partial<Notice>; publishedOn: string | null }[];
  batches: {
    record: Partial<PayoutBatch>;
    publishedOn: string | null;
    lines: Partial<PayoutLine>[];
  }[];
}

function parse<T>(json: string): Partial<T> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as Partial<T>) : {};
  } catch {
    return {};
  }
}

/** ms of a record's publishedAt when the publishing step stamped one, else null. */
function publishedAtOf(record: object): number | null {
  const at = (record as { publishedAt?: unknown }).publishedAt;
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
}

async function approvalDays(
  db: Executor,
  villageCode: string,
  kind: 'batch' | 'notice',
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('review_steps')
    .select(['item_id', 'at'])
    .where('village_code', '=', villageCode)
    .where('item_kind', '=', kind)
    .where('action', '=', 'approve')
    .where('deleted', '=', 0)
    .execute();
  const days = new Map<string, string>();
  for (const row of rows) {
    const day = chinaDateOf(Number(row.at));
    const known = days.get(row.item_id);
    // A corrected item approved twice keeps its latest approval.
    if (!known || known < day) days.set(row.item_id, day);
  }
  return days;
}

/** null when the village is unknown to this server. */
export async function readPublishedContent(
  db: Executor,
  villageCode: string,
): Promise<PublishedContent | null> {
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name', 'level'])
    .where('code', '=', villageCode)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!region) return null;

  const [noticeRows, batchRows, noticeDays, batchDays, settings] = await Promise.all([
    db
      .selectFrom('notices')
      .select(['record'])
      .where('village_code', '=', villageCode)
      .where('state', '=', 'published')
      .where('deleted', '=', 0)
      .execute(),
    db
      .selectFrom('batches')
      .select(['id', 'record'])
      .where('village_code', '=', villageCode)
      .where('state', '=', 'published')
      .where('deleted', '=', 0)
      .execute(),
    approvalDays(db, villageCode, 'notice'),
    approvalDays(db, villageCode, 'batch'),
    readVillageSettings(db, villageCode),
  ]);
  const batchIds = batchRows.map((row) => row.id);
  const lineRows =
    batchIds.length === 0
      ? []
      : await db
          .selectFrom('lines')
          .select(['batch_id', 'record'])
          .where('village_code', '=', villageCode)
          .where('batch_id', 'in', batchIds)
          .where('deleted', '=', 0)
          .execute();
  const linesByBatch = new Map<string, Partial<PayoutLine>[]>();
  for (const row of lineRows) {
    const list = linesByBatch.get(row.batch_id) ?? [];
    list.push(parse<PayoutLine>(row.record));
    linesByBatch.set(row.batch_id, list);
  }
  const dayOf = (record: { id?: unknown }, days: Map<string, string>): string | null => {
    const at = publishedAtOf(record);
    if (at !== null) return chinaDateOf(at);
    return typeof record.id === 'string' ? (days.get(record.id) ?? null) : null;
  };
  return {
    village: { code: region.code, name: region.name },
    settings,
    notices: noticeRows.map((row) => {
      const record = parse<Notice>(row.record);
      return { record, publishedOn: dayOf(record, noticeDays) };
    }),
    batches: batchRows.map((row) => {
      const record = parse<PayoutBatch>(row.record);
      return {
        record,
        publishedOn: dayOf(record, batchDays),
        lines: linesByBatch.get(row.id) ?? [],
      };
    }),
  };
}

/** Newest period first; items without a period last. */
function byPeriodStartDesc(
  a: { period: { start: string | null } },
  b: { period: { start: string | null } },
): number {
  return (b.period.start ?? '').localeCompare(a.period.start ?? '');
}

export function buildVillageView(
  content: PublishedContent,
  audience: PublicAudience,
  today: string,
): PublicVillageResponse {
  const { settings } = content;
  const view: PublicVillageResponse = {
    village: content.village,
    today,
    notices: content.notices
      .map((n) => publicNotice(n.record, n.publishedOn, today))
      .sort(byPeriodStartDesc),
    batches: content.batches
      .map((b) => publicBatch(b.record, b.lines, audience, b.publishedOn, today, settings))
      .sort(byPeriodStartDesc),
  };
  if (audience === 'phone') {
    view.phoneRules = {
      names: settings.phoneNames,
      namedDaysAfterPeriod: settings.phoneGraceDays,
      objectionReplyWorkingDays: settings.objectionReplyWorkingDays,
    };
  }
  return view;
}

export function buildBatchLinesView(
  content: PublishedContent,
  batchId: string,
  today: string,
): PublicBatchLinesResponse | null {
  const batch = content.batches.find((b) => b.record.id === batchId);
  if (!batch) return null;
  const { settings } = content;
  const view = publicBatch(batch.record, batch.lines, 'phone', batch.publishedOn, today, settings);
  const answer: PublicBatchLinesResponse = {
    batchId,
    lineDetail: view.lineDetail,
    lines: publicLines(batch.lines, 'phone', view.lineDetail, settings),
  };
  // Said with the list, so the page's note ("names partly hidden") matches what it shows.
  if (view.lineDetail === 'named') answer.names = settings.phoneNames;
  return answer;
}

export function buildKioskView(content: PublishedContent, today: string): KioskVillageResponse {
  const view = buildVillageView(content, 'kiosk', today);
  const lines = content.batches.flatMap((b) => {
    const detail = view.batches.find((pb) => pb.id === b.record.id)?.lineDetail ?? 'aggregate';
    return publicLines(b.lines, 'kiosk', detail);
  });
  return { ...view, lines };
}
