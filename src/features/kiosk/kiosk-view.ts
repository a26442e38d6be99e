// What the kiosk is showing: its start screen, a list of one kind of item, one item, or
// the subsidy lookup. Plain state (no address change), so the idle reset can always go
// back to the start and a resident cannot wander off into the rest of the app.
import type { NoticeCategory } from '../../domain/notice';

export type KioskTopic = NoticeCategory;

export type KioskView =
  | { kind: 'home' }
  | { kind: 'list'; topic: KioskTopic }
  | { kind: 'notice'; id: string; from: KioskView }
  | { kind: 'batch'; id: string; from: KioskView }
  | { kind: 'lookup' };

export const KIOSK_HOME: KioskView = { kind: 'home' };
