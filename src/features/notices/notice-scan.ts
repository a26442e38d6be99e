// The pre-submit privacy check of a notice draft (保密审查, DOMAIN.md §5): the shared
// scanReviewable gate the server also runs on submit, with each finding tied back to the
// field and text it came from so the editor and the reviewer can show it in place.
import type { Notice } from '../../domain/notice';
import type { Finding } from '../../domain/privacy-scan';
import { scanReviewable } from '../../domain/privacy-scan-reviewable';

export type ScannedField =
  | { kind: 'title' }
  | { kind: 'body' }
  | { kind: 'statement'; side: 'income' | 'expense'; index: number }
  | { kind: 'attachment'; index: number };

export interface FieldFinding {
  field: ScannedField;
  /** the whole text of the field, to show the finding with its surroundings */
  text: string;
  finding: Finding;
}

type Scannable = Pick<Notice, 'title' | 'body' | 'attachments' | 'statement'>;

function locate(notice: Scannable, path: string): { field: ScannedField; text: string } | null {
  if (path === 'title') return { field: { kind: 'title' }, text: notice.title };
  if (path === 'body') return { field: { kind: 'body' }, text: notice.body };
  const attachment = /^attachments\.(\d+)\.name$/.exec(path);
  if (attachment) {
    const index = Number(attachment[1]);
    return { field: { kind: 'attachment', index }, text: notice.attachments[index]?.name ?? '' };
  }
  const entry = /^statement\.(income|expense)\.(.+)\.label$/.exec(path);
  if (entry) {
    const side = entry[1] === 'income' ? 'income' : 'expense';
    const lines = notice.statement?.[side] ?? [];
    const index = lines.findIndex((line) => line.id === entry[2]);
    return { field: { kind: 'statement', side, index }, text: lines[index]?.label ?? '' };
  }
  return null;
}

/** Every finding of the shared privacy gate, in reading order, with its field and text. */
export function scanNoticeDraft(notice: Scannable): FieldFinding[] {
  // The id only names the record in the gate's answer; one notice is scanned here.
  const findings = scanReviewable({ kind: 'notice', notice: { ...notice, id: 'draft' } });
  return findings.flatMap((f) => {
    const place = locate(notice, f.field);
    if (!place) return [];
    const finding: Finding = {
      kind: f.kind,
      start: f.start,
      end: f.end,
      match: place.text.slice(f.start, f.end),
    };
    return [{ ...place, finding }];
  });
}
