// Builds what residents see from stored records, one audience at a time (DOMAIN.md §5).
// Each public object is written field by field from an allow-list: a field added to a
// record later (a remark, an account, a photo) can never reach a resident by accident.
// Free text that is shown (notice title and body, policy basis) is passed through the
// privacy scan once more, so a number that slipped past review is starred out here too.
// The village's settings (domain/village-settings.ts) decide two phone rules: full or
// masked names, and the grace days after the period; the kiosk ignores both (full names
// on site, the archive kept). Owns the per-audience rules; does not read the database
// (public-queries.ts does).
import { chinaDateOf } from '../../domain/dates';
import { maskIdNumber, maskName } from '../../domain/masking';
import type { PublicObjectionReply } from '../../domain/objection';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { scanPersonalData } from '../../domain/privacy-scan';
import {
  isSensitiveItem,
  isWithinPhoneGrace,
  periodOf,
  type GroupTotal,
  type LineDetail,
  type PublicBatch,
  type PublicLine,
  type PublicNotice,
  type PublicPeriod,
} from '../../domain/public-view';
import { DEFAULT_VILLAGE_SETTINGS, type VillageSettings } from '../../domain/village-settings';
import { noticePeriodEnd } from '../../domain/working-days';

export type PublicAudience = 'phone' | 'kiosk';

/** Minimum notice period when a record carries no end of its own (DOMAIN.md §7). */
const DEFAULT_PERIOD_WORKING_DAYS = 7;

/** Stars over every place the privacy scan finds: never shown, never read aloud. */
export function redactPersonalData(text: string): string {
  let out = text;
  for (const f of scanPersonalData(text).reverse()) {
    out = out.slice(0, f.start) + '*'.repeat(f.end - f.start) + out.slice(f.end);
  }
  return out;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function int(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
}

function isoDateOrNull(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/**
 * The notice period of a published item: its own start and end when it has them,
 * otherwise from the day it was approved (publishedOn) for the default number of days.
 */
export function periodFor(
  record: { periodStart?: unknown; periodEnd?: unknown },
  publishedOn: string | null,
  today: string,
): PublicPeriod {
  const start = isoDateOrNull(record.periodStart) ?? publishedOn;
  const end =
    isoDateOrNull(record.periodEnd) ??
    (start ? noticePeriodEnd(start, DEFAULT_PERIOD_WORKING_DAYS) : null);
  return periodOf(start, end, today);
}

export function publicNotice(
  notice: Partial<Notice>,
  publishedOn: string | null,
  today: string,
): PublicNotice {
  const category =
    notice.category === 'party' || notice.category === 'finance' ? notice.category : 'village';
  return {
    id: str(notice.id),
    category,
    type: str(notice.type),
    title: redactPersonalData(str(notice.title)),
    body: redactPersonalData(str(notice.body)),
    period: periodFor(notice, publishedOn, today),
    correctsId: typeof notice.correctsId === 'string' ? notice.correctsId : null,
  };
}

/**
 * Whether names of this batch may be listed for the audience on `today`; on the phone
 * until the village's grace days after the period have passed.
 */
export function lineDetailFor(
  audience: PublicAudience,
  item: string,
  period: PublicPeriod,
  today: string,
  graceDays: number = DEFAULT_VILLAGE_SETTINGS.phoneGraceDays,
): LineDetail {
  if (isSensitiveItem(item)) {
    // 低保 / 特困 / 残疾: aggregates on the phone; on the kiosk only while the period runs.
    return audience === 'kiosk' && period.status === 'open' ? 'named' : 'aggregate';
  }
  if (audience === 'kiosk') return 'named'; // 存档备查: residents on site look up the archive
  return isWithinPhoneGrace(period, today, graceDays) ? 'named' : 'aggregate';
}

function groupTotals(lines: Partial<PayoutLine>[]): GroupTotal[] {
  const byGroup = new Map<string, GroupTotal>();
  for (const line of lines) {
    const group = str(line.group);
    const total = byGroup.get(group) ?? { group, lineCount: 0, amountFen: 0 };
    total.lineCount += 1;
    total.amountFen += int(line.amountFen);
    byGroup.set(group, total);
  }
  return [...byGroup.values()].sort((a, b) => a.group.localeCompare(b.group, 'zh-CN'));
}

export function publicBatch(
  batch: Partial<PayoutBatch>,
  lines: Partial<PayoutLine>[],
  audience: PublicAudience,
  publishedOn: string | null,
  today: string,
  settings: VillageSettings = DEFAULT_VILLAGE_SETTINGS,
): PublicBatch {
  const period = periodFor(batch as Record<string, unknown>, publishedOn, today);
  const item = str(batch.item);
  return {
    id: str(batch.id),
    year: int(batch.year),
    item,
    basis: redactPersonalData(str(batch.basis)),
    rateText: str(batch.rateText),
    unit: str(batch.unit),
    department: str(batch.department),
    paidOn: isoDateOrNull(batch.paidOn),
    publisher: str(batch.publisher),
    hotline: str(batch.hotline),
    period,
    lineCount: lines.length,
    amountFen: lines.reduce((sum, l) => sum + int(l.amountFen), 0),
    quantityCenti: lines.reduce((sum, l) => sum + int(l.quantityCenti), 0),
    groups: groupTotals(lines),
    lineDetail: lineDetailFor(audience, item, period, today, settings.phoneGraceDays),
    correctsId: typeof batch.correctsId === 'string' ? batch.correctsId : null,
  };
}

/**
 * The lines of one batch for an audience, or [] when only aggregates may be shown.
 * Kiosk: full names and their pinyin; an ID hint (first 6 + last 4) only where two
 * lines share a name. Phone: masked names unless the village chose full names, nothing
 * else personal.
 */
export function publicLines(
  lines: Partial<PayoutLine>[],
  audience: PublicAudience,
  lineDetail: LineDetail,
  settings: VillageSettings = DEFAULT_VILLAGE_SETTINGS,
): PublicLine[] {
  if (lineDetail === 'aggregate') return [];
  const maskOnPhone = settings.phoneNames !== 'full';
  const nameCounts = new Map<string, number>();
  for (const line of lines) {
    const name = str(line.name).trim();
    nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
  }
  return lines.map((line) => {
    const name = str(line.name);
    const out: PublicLine = {
      id: str(line.id),
      batchId: str(line.batchId),
      group: str(line.group),
      name: maskName(name, audience, { maskOnPhone }),
      quantityCenti: int(line.quantityCenti),
      unit: str(line.unit),
      rateFen: int(line.rateFen),
      amountFen: int(line.amountFen),
      paidOn: isoDateOrNull(line.paidOn),
      adjusted: line.adjusted === true,
    };
    if (audience === 'kiosk') {
      out.namePinyin = str(line.namePinyin).replace(/[^a-z |]/g, '');
      if ((nameCounts.get(name.trim()) ?? 0) > 1) {
        const hint = maskIdNumber(str(line.idNumber), 'kiosk', { disambiguate: true });
        if (hint) out.idHint = hint;
      }
    }
    return out;
  });
}

/**
 * A reply to an objection (异议) for the phone page, written field by field: never the
 * resident's phone number, never who replied, and not the resident's own text (it may
 * name neighbours, which the number scan cannot catch). null until there is a reply.
 */
export function publicObjectionReply(row: {
  id: unknown;
  item_kind: unknown;
  item_id: unknown;
  raised_on: unknown;
  reply: unknown;
  replied_at: unknown;
}): PublicObjectionReply | null {
  const reply = str(row.reply);
  const repliedAt = Number(row.replied_at);
  if (!reply || !Number.isFinite(repliedAt) || repliedAt <= 0) return null;
  return {
    id: str(row.id),
    itemKind: row.item_kind === 'notice' ? 'notice' : 'batch',
    itemId: str(row.item_id),
    raisedOn: isoDateOrNull(row.raised_on) ?? '',
    repliedOn: chinaDateOf(repliedAt),
    reply: redactPersonalData(reply),
  };
}
