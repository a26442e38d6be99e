import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data/database';
import type { PayoutBatch } from '../../domain/payout';
import { normalizeWidth } from '../../domain/text';
import { TextField } from '../../ui/TextField';
import { loadBatchCommands } from '../subsidies/lazy-batch-commands';
import { validateBatchForm } from '../village/batch-form-validation';
import { commandErrorKey, type CommandErrorKey } from './command-error-key';
import type { ScannedHeaderField } from './batch-finding-places';

export const HEADER_FIELDS = [
  'year',
  'item',
  'unit',
  'rateText',
  'basis',
  'department',
  'paidOn',
  'publisher',
  'hotline',
] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
type HeaderValues = Record<HeaderField, string>;
type HeaderErrors = Partial<Record<HeaderField, string>>;

const HINTS: Partial<Record<HeaderField, 'basis' | 'paidOn' | 'hotline'>> = {
  basis: 'basis',
  paidOn: 'paidOn',
  hotline: 'hotline',
};

function valuesOf(batch: PayoutBatch): HeaderValues {
  return {
    year: String(batch.year),
    item: batch.item,
    unit: batch.unit,
    rateText: batch.rateText,
    basis: batch.basis,
    department: batch.department,
    paidOn: batch.paidOn ?? '',
    publisher: batch.publisher,
    hotline: batch.hotline,
  };
}

interface BatchHeaderFormProps {
  batch: PayoutBatch;
  findingErrors: Partial<Record<ScannedHeaderField, string>>;
  focusField?: HeaderField;
  onDone: (isSaved: boolean) => void;
}

/** Edit a draft's header on this device; errors in words beside each field. */
export function BatchHeaderForm({
  batch,
  findingErrors,
  focusField,
  onDone,
}: BatchHeaderFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<HeaderValues>(() => valuesOf(batch));
  const [errors, setErrors] = useState<HeaderErrors>({});
  const [saveError, setSaveError] = useState<CommandErrorKey | null>(null);
  const isSaving = useRef(false);

  useEffect(() => {
    loadBatchCommands().catch(() => undefined);
    const field = formRef.current?.elements.namedItem(focusField ?? 'year');
    if (field instanceof HTMLElement) field.focus();
  }, [focusField]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (isSaving.current) return;
    setSaveError(null);
    const checked = validateBatchForm(values);
    const next: HeaderErrors = checked.ok
      ? {}
      : Object.fromEntries(Object.entries(checked.errors).map(([field, key]) => [field, t(key)]));
    const paidOn = normalizeWidth(values.paidOn).trim();
    if (paidOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(paidOn))
      next.paidOn = t('lines.header.validation.paidOnFormat');
    setErrors(next);
    if (!checked.ok || Object.keys(next).length > 0) {
      const first = HEADER_FIELDS.find((field) => next[field]);
      const element = first ? form.elements.namedItem(first) : null;
      if (element instanceof HTMLElement) element.focus();
      return;
    }
    isSaving.current = true;
    try {
      const { updateBatchDraft } = await loadBatchCommands();
      await updateBatchDraft(getDatabase(), batch.id, {
        ...checked.value,
        basis: values.basis.trim(),
        department: values.department.trim(),
        paidOn: paidOn === '' ? null : paidOn,
        publisher: values.publisher.trim(),
        hotline: values.hotline.trim(),
      });
      onDone(true);
    } catch (e) {
      setSaveError(commandErrorKey(e));
    } finally {
      isSaving.current = false;
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(event)}>
      {HEADER_FIELDS.map((field) => {
        const hint = HINTS[field];
        const findingError =
          field in findingErrors ? findingErrors[field as ScannedHeaderField] : undefined;
        return (
          <TextField
            key={field}
            name={field}
            label={t(`lines.header.fields.${field}`)}
            hint={hint ? t(`lines.header.hints.${hint}`) : undefined}
            value={values[field]}
            onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
            error={errors[field] ?? findingError}
            autoComplete="off"
            inputMode={field === 'year' ? 'numeric' : undefined}
          />
        );
      })}
      <div className="batch-detail__actions">
        <button type="submit" className="button">
          {t('lines.header.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('lines.header.cancel')}
        </button>
      </div>
      <div role="alert">{saveError && <p className="text-error">{t(saveError)}</p>}</div>
    </form>
  );
}
