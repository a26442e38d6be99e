// The editor's form values and their checks, kept apart from the screen so the rules a
// cadre meets (a title, amounts in 元 with at most two decimals, a notice period of at
// least the type's working days) are plain functions. Returns codes; the screen maps
// each to a sentence next to its field.
import type { AttachmentRef } from '../../domain/attachment';
import type { FinanceStatement, StatementLine } from '../../domain/finance-statement';
import { formatFen, parseYuanToFen, type DecimalParseError } from '../../domain/money';
import type { Notice, NoticeCategory } from '../../domain/notice';
import { noticeTypeInfo, noticeTypesOf } from '../../domain/notice-types';
import { noticePeriodEnd } from '../../domain/working-days';
import type { NoticeDraftInput } from './notice-commands';

export interface LineDraft {
  id: string;
  label: string;
  /** as typed, in 元 */
  amountText: string;
}

export interface StatementDraft {
  income: LineDraft[];
  expense: LineDraft[];
}

export interface NoticeFormValues {
  category: NoticeCategory;
  type: string;
  title: string;
  body: string;
  periodStart: string;
  periodEnd: string;
  attachments: AttachmentRef[];
  statement: StatementDraft;
}

export type PeriodError = 'period-required' | 'period-end-before-start' | 'period-too-short';
export type LineError = DecimalParseError | 'label-required';

export interface NoticeFormErrors {
  title?: 'required';
  period?: PeriodError;
  /** keyed by line id */
  lines?: Record<string, LineError>;
}

export type NoticeFormResult =
  | { ok: true; value: Omit<NoticeDraftInput, 'id' | 'villageCode'> }
  | { ok: false; errors: NoticeFormErrors };

export function emptyFormValues(category: NoticeCategory = 'village'): NoticeFormValues {
  return {
    category,
    type: noticeTypesOf(category)[0]?.type ?? '',
    title: '',
    body: '',
    periodStart: '',
    periodEnd: '',
    attachments: [],
    statement: { income: [], expense: [] },
  };
}

const toDraftLine = (line: StatementLine): LineDraft => ({
  id: line.id,
  label: line.label,
  amountText: formatFen(line.amountFen).replace(/,/g, ''),
});

export function formValuesOf(notice: Notice): NoticeFormValues {
  return {
    category: notice.category,
    type: notice.type,
    title: notice.title,
    body: notice.body,
    periodStart: notice.periodStart ?? '',
    periodEnd: notice.periodEnd ?? '',
    attachments: notice.attachments,
    statement: {
      income: (notice.statement?.income ?? []).map(toDraftLine),
      expense: (notice.statement?.expense ?? []).map(toDraftLine),
    },
  };
}

/** The earliest allowed end of a period starting on `start`, or null without a start. */
export function minimumPeriodEnd(type: string, start: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  return noticePeriodEnd(start, noticeTypeInfo(type).minWorkingDays);
}

export function checkPeriod(
  type: string,
  start: string,
  end: string,
  isRequired: boolean,
): PeriodError | null {
  if (!start || !end) return isRequired || start || end ? 'period-required' : null;
  if (end < start) return 'period-end-before-start';
  const minimum = minimumPeriodEnd(type, start);
  if (minimum && end < minimum) return 'period-too-short';
  return null;
}

/** Parsed amount of a line, null while it is empty or not a number. */
export function lineAmountFen(line: LineDraft): number | null {
  const parsed = parseYuanToFen(line.amountText);
  return parsed.ok ? parsed.fen : null;
}

/** The statement as it stands, counting only lines whose amount reads as a number. */
export function draftStatement(draft: StatementDraft): FinanceStatement {
  const lines = (side: LineDraft[]) =>
    side.map((line) => ({
      id: line.id,
      label: line.label.trim(),
      amountFen: lineAmountFen(line) ?? 0,
    }));
  return { income: lines(draft.income), expense: lines(draft.expense) };
}

function lineErrors(draft: StatementDraft): Record<string, LineError> {
  const errors: Record<string, LineError> = {};
  for (const line of [...draft.income, ...draft.expense]) {
    const parsed = parseYuanToFen(line.amountText);
    if (!parsed.ok) errors[line.id] = parsed.code;
    else if (line.label.trim().length === 0) errors[line.id] = 'label-required';
  }
  return errors;
}

/**
 * Check the form for a save (`isSubmitting` false: an unfinished period may wait) or for
 * submitting (the period is then required).
 */
export function validateNoticeForm(
  values: NoticeFormValues,
  isSubmitting: boolean,
): NoticeFormResult {
  const errors: NoticeFormErrors = {};
  if (values.title.trim().length === 0) errors.title = 'required';
  const period = checkPeriod(values.type, values.periodStart, values.periodEnd, isSubmitting);
  if (period) errors.period = period;
  const hasStatement = noticeTypeInfo(values.type).hasStatement;
  const lines = hasStatement ? lineErrors(values.statement) : {};
  if (Object.keys(lines).length > 0) errors.lines = lines;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      category: values.category,
      type: values.type,
      title: values.title.trim(),
      body: values.body,
      periodStart: values.periodStart || null,
      periodEnd: values.periodEnd || null,
      attachments: values.attachments,
      statement: hasStatement ? draftStatement(values.statement) : undefined,
    },
  };
}
