// What the kiosk is showing: its start screen, a list of one kind of item, one item, the
// subsidy lookup, or the objection (异议) screen for an item or one line of a batch. Plain state (no address change), so the idle reset can always go
// back to the start and a resident cannot wander off into the rest of the app.
import type { NoticeCategory } from '../../domain/notice';

export type KioskTopic = NoticeCategory;

export type KioskView =
  | { kind: 'home' }
  | { kind: 'list'; topic: KioskTopic }
  | { kind: 'notice'; id: string; from: KioskView }
  | { kind: 'batch'; id: string; from: KioskView }
  | { kind: 'lookup' }
  | { kind: 'objection'; target: KioskObjectionTarget; from: KioskView };

/** What an objection raised at the kiosk is about: a notice, a whole batch, or one line. */
export interface KioskObjectionTarget {
  itemKind: 'batch' | 'notice';
  itemId: string;
  /** one line of the batch, when raised from a 查我的补贴 result */
  lineId?: string;
}

export const KIOSK_HOME: KioskView = { kind: 'home' };
