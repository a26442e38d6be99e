import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data/database';
import { requestPersistentStorage, type PersistenceStatus } from '../../data/persistence';
import { toStorageError } from '../../data/storage-errors';
import { useLocalActorId } from '../../data/useLocalActorId';
import { loadBatchCommands } from '../subsidies/lazy-batch-commands';
import { TextField } from '../../ui/TextField';
import {
  validateBatchForm,
  type BatchFormErrors,
  type BatchFormValues,
} from './batch-form-validation';
import { justSavedOf, type JustSavedBatch } from './just-saved';
import { saveErrorKey, type SaveErrorKey } from './save-error-key';

const FIELD_ORDER = ['year', 'item', 'unit', 'rateText'] as const;

function prefetchBatchCommands(): void {
  loadBatchCommands().catch(() => undefined);
}

function emptyValues(): BatchFormValues {
  return { year: String(new Date().getFullYear()), item: '', unit: '', rateText: '' };
}

/**
 * New payout batch header, saved as a draft on this device. Saving is local and instant;
 * the outcome is announced in words ("已保存在本机") in a live region, errors inline
 * beside their field. After the first save the browser is asked to keep the data.
 */
export function BatchDraftForm({
  villageCode,
  onSaved,
}: {
  villageCode: string;
  /** called with the batch once its transaction has committed */
  onSaved?: (saved: JustSavedBatch) => void;
}) {
  const { t } = useTranslation();
  const actorId = useLocalActorId();
  const [values, setValues] = useState<BatchFormValues>(emptyValues);
  const [errors, setErrors] = useState<BatchFormErrors>({});
  const [status, setStatus] = useState<'saved' | 'preparing' | null>(null);
  const [saveError, setSaveError] = useState<SaveErrorKey | null>(null);
  const [persistence, setPersistence] = useState<PersistenceStatus | null>(null);
  // Stops a double tap from saving the same batch twice.
  const isSaving = useRef(false);
  const hasAskedPersistence = useRef(false);

  const update = (field: keyof BatchFormValues) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setStatus(null);
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (isSaving.current) return;
    // Only when there is something to clear: each call is one more redraw of the form
    // inside the tap, before the save can start.
    if (saveError !== null) setSaveError(null);
    if (status !== null) setStatus(null);
    const result = validateBatchForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      // Take the person to the first thing to fix; its error is part of its description.
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      const field = first ? form.elements.namedItem(first) : null;
      if (field instanceof HTMLInputElement) field.focus();
      return;
    }
    // Only when there is something to clear: even an unchanged update can redraw the
    // form before the save starts.
    if (Object.keys(errors).length > 0) setErrors({});
    if (actorId === undefined) {
      setStatus('preparing');
      return;
    }
    isSaving.current = true;
    try {
      const { createBatchDraft } = await loadBatchCommands();
      const saved = await createBatchDraft(
        getDatabase(),
        {
          villageCode,
          ...result.value,
          basis: '',
          department: '',
          publisher: '',
          hotline: '',
          paidOn: null,
        },
        actorId,
      );
      // The transaction has committed (strict durability): say so, and show the batch
      // in the list, in one redraw now rather than after the reads the commit starts.
      flushSync(() => {
        setValues((v) => ({ ...emptyValues(), year: v.year, unit: v.unit }));
        setStatus('saved');
        onSaved?.(justSavedOf(saved));
      });
      // Still inside the tap that saved: browsers grant persistence more readily then.
      if (!hasAskedPersistence.current) {
        hasAskedPersistence.current = true;
        setPersistence(await requestPersistentStorage());
      }
    } catch (e) {
      setSaveError(saveErrorKey(toStorageError(e)));
    } finally {
      isSaving.current = false;
    }
  }

  const fieldProps = (field: keyof BatchFormValues) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => update(field)(event.target.value),
    error: errors[field] ? t(errors[field]) : undefined,
    autoComplete: 'off',
    // Someone filling in the form will save: fetch the save code now, not on the tap. A
    // failure is reported by the save itself, which tries again.
    onFocus: prefetchBatchCommands,
  });

  return (
    <form className="batch-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <TextField
        {...fieldProps('year')}
        label={t('batch.fields.year')}
        hint={t('batch.hints.year')}
        inputMode="numeric"
        className="field__input--short"
      />
      <TextField
        {...fieldProps('item')}
        label={t('batch.fields.item')}
        hint={t('batch.hints.item')}
      />
      <TextField
        {...fieldProps('unit')}
        label={t('batch.fields.unit')}
        hint={t('batch.hints.unit')}
        className="field__input--short"
      />
      <TextField
        {...fieldProps('rateText')}
        label={t('batch.fields.rateText')}
        hint={t('batch.hints.rateText')}
      />
      <button type="submit" className="button">
        {t('batch.actions.saveDraft')}
      </button>
      {/* Always in the page, so screen readers are listening before the text changes. */}
      <p className="batch-form__status text-success" role="status">
        {status === 'saved' && t('batch.savedLocally')}
        {status === 'preparing' && t('batch.preparing')}
      </p>
      <div className="batch-form__error" role="alert">
        {saveError && <p className="text-error">{t(saveError)}</p>}
      </div>
      {persistence && <p className="batch-form__persistence">{t(`persistence.${persistence}`)}</p>}
    </form>
  );
}
