// What this reviewer's device last saw of a notice when it was returned, so the next
// submission can be shown as a diff ("what did the village change?"). Kept only on this
// device, in localStorage: the server keeps the audit trail, not old drafts, and a
// reviewer works from one office PC. A correction (更正) is compared with the published
// version it corrects instead, which is a synced record.
import type { DiffableNotice } from '../../domain/review-diff';

const PREFIX = 'cunwu.reviewSeen.';

export function rememberSeenVersion(noticeId: string, content: DiffableNotice): void {
  try {
    localStorage.setItem(PREFIX + noticeId, JSON.stringify(content));
  } catch {
    // Full or disabled storage only costs the diff, never the review itself.
  }
}

export function seenVersion(noticeId: string): DiffableNotice | null {
  try {
    const raw = localStorage.getItem(PREFIX + noticeId);
    return raw ? (JSON.parse(raw) as DiffableNotice) : null;
  } catch {
    return null;
  }
}

export function diffableOf(notice: DiffableNotice): DiffableNotice {
  const { category, type, title, body, periodStart, periodEnd, attachments, statement } = notice;
  return { category, type, title, body, periodStart, periodEnd, attachments, statement };
}
