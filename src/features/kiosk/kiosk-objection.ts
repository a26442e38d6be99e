// The choices and the number formatting of the kiosk's objection (异议) screen, apart from
// the components so they can be tested and shared by the steps. A resident at the kiosk
// cannot type: the reasons are fixed tiles (their words live in the locale files) and the
// call-back number is tapped on a digit keypad.
import type { TFunction } from 'i18next';
import { MOBILE_NUMBER_DIGITS } from '../../domain/objection-limits';
import type { KioskVillageResponse } from '../../domain/public-view';
import { yuanText } from '../public/period-text';
import type { KioskObjectionTarget } from './kiosk-view';

/** Reasons for a subsidy list or one of its lines: what residents most often find wrong. */
export const BATCH_REASONS = [
  'amount',
  'quantity',
  'name',
  'notMine',
  'notReceived',
  'other',
] as const;

/** Reasons for a notice, which has no amounts per household. */
export const NOTICE_REASONS = ['facts', 'numbers', 'other'] as const;

export type KioskObjectionReason = (typeof BATCH_REASONS)[number] | (typeof NOTICE_REASONS)[number];

export function reasonsFor(itemKind: 'batch' | 'notice'): readonly KioskObjectionReason[] {
  return itemKind === 'batch' ? BATCH_REASONS : NOTICE_REASONS;
}

/** Appends a tapped digit; a mobile number has 11 and the keypad takes no more. */
export function appendDigit(digits: string, digit: string): string {
  if (!/^\d$/.test(digit) || digits.length >= MOBILE_NUMBER_DIGITS) return digits;
  return digits + digit;
}

/** "13812345678" → "138 1234 5678", as Chinese mobile numbers are read and printed. */
export function groupMobileDigits(digits: string): string {
  return [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)]
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * What an objection is about, in the words shown on its summary ("2025年耕地地力保护补贴
 * 发放结果，名单中的一行：第三组 曾国华 268.75 元"), and the hotline of its batch for when
 * the kiosk is offline (a notice carries none). Full names are fine here: the kiosk shows
 * them on site as the paper board does (DOMAIN.md §5).
 */
export function objectionAboutOf(
  t: TFunction,
  board: Pick<KioskVillageResponse, 'notices' | 'batches' | 'lines'>,
  target: KioskObjectionTarget,
): { text: string; hotline: string | null } {
  if (target.itemKind === 'notice') {
    const notice = board.notices.find((n) => n.id === target.itemId);
    return { text: notice?.title ?? '', hotline: null };
  }
  const batch = board.batches.find((b) => b.id === target.itemId);
  const title = batch ? t('publicView.batch.title', { year: batch.year, item: batch.item }) : '';
  const hotline = batch?.hotline ? batch.hotline : null;
  const line = target.lineId ? board.lines.find((l) => l.id === target.lineId) : undefined;
  if (!line) return { text: title, hotline };
  return {
    text: t('kioskView.objection.lineAbout', {
      item: title,
      line: `${line.group} ${line.name} ${yuanText(t, line.amountFen)}`,
    }),
    hotline,
  };
}
