// Checks the new-batch form before saving, in the terms a cadre understands: which
// field, and what to do. Returns i18n keys; the form shows them next to each field.
import { normalizeDigits } from '../../domain/text';

export interface BatchFormValues {
  year: string;
  item: string;
  unit: string;
  rateText: string;
}

export type BatchFormErrorKey =
  | 'batch.validation.yearRequired'
  | 'batch.validation.yearRange'
  | 'batch.validation.itemRequired'
  | 'batch.validation.unitRequired';

export type BatchFormErrors = Partial<Record<keyof BatchFormValues, BatchFormErrorKey>>;

export interface ParsedBatchForm {
  year: number;
  item: string;
  unit: string;
  rateText: string;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export function validateBatchForm(
  values: BatchFormValues,
): { ok: true; value: ParsedBatchForm } | { ok: false; errors: BatchFormErrors } {
  const errors: BatchFormErrors = {};
  // Chinese keyboards often type full-width digits (２０２５); accept them.
  const yearText = normalizeDigits(values.year).trim();
  const year = Number(yearText);
  if (yearText === '') errors.year = 'batch.validation.yearRequired';
  else if (!/^\d{4}$/.test(yearText) || year < MIN_YEAR || year > MAX_YEAR)
    errors.year = 'batch.validation.yearRange';
  const item = values.item.trim();
  if (item === '') errors.item = 'batch.validation.itemRequired';
  const unit = values.unit.trim();
  if (unit === '') errors.unit = 'batch.validation.unitRequired';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { year, item, unit, rateText: values.rateText.trim() } };
}
