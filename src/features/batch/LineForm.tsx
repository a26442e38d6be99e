import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data/database';
import { formatFen } from '../../domain/money';
import type { PayoutLine } from '../../domain/payout';
import { TextField } from '../../ui/TextField';
import { loadLineCommands } from '../subsidies/lazy-line-commands';
import { commandErrorKey, type CommandErrorKey } from './command-error-key';
import {
  emptyLineForm,
  expectedAmountFen,
  LINE_FIELD_ORDER,
  lineToForm,
  validateLineForm,
  type FieldError,
  type LineField,
  type LineFormErrors,
  type LineFormValues,
} from './line-form-validation';

interface LineFormProps {
  batchId: string;
  unit: string;
  /** the line being edited; undefined adds a new one */
  line?: PayoutLine;
  /** privacy findings to show beside their field until fixed */
  findingErrors?: Partial<Record<LineField, string>>;
  /** a field to take focus when the form opens (a finding the cadre asked to fix) */
  focusField?: LineField;
  onDone: () => void;
}

function prefetchLineCommands(): void {
  loadLineCommands().catch(() => undefined);
}

/**
 * Add or edit one household's line. Saving is local and works offline; errors are
 * translated and shown beside their field, and focus goes to the first one. After adding,
 * the group, rate and date stay filled in for the next household of the same sheet.
 */
export function LineForm({
  batchId,
  unit,
  line,
  findingErrors,
  focusField,
  onDone,
}: LineFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<LineFormValues>(() =>
    line ? lineToForm(line) : emptyLineForm(),
  );
  const [errors, setErrors] = useState<LineFormErrors>({});
  const [savedName, setSavedName] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<CommandErrorKey | null>(null);
  // Stops a double tap from saving the same household twice.
  const isSaving = useRef(false);

  useEffect(() => {
    prefetchLineCommands();
    const field = formRef.current?.elements.namedItem(focusField ?? 'name');
    if (field instanceof HTMLElement) field.focus();
  }, [focusField]);

  const update = <K extends LineField>(field: K, value: LineFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setSavedName(null);
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (isSaving.current) return;
    setSaveError(null);
    setSavedName(null);
    const result = validateLineForm(values, unit);
    if (!result.ok) {
      setErrors(result.errors);
      const first = LINE_FIELD_ORDER.find((field) => result.errors[field]);
      const element = first ? form.elements.namedItem(first) : null;
      if (element instanceof HTMLElement) element.focus();
      return;
    }
    setErrors({});
    isSaving.current = true;
    try {
      const commands = await loadLineCommands();
      if (line) {
        await commands.updateLine(getDatabase(), line.id, result.value);
        onDone();
        return;
      }
      await commands.createLine(getDatabase(), batchId, result.value);
      setValues((v) => emptyLineForm(v));
      setSavedName(result.value.name);
      const name = form.elements.namedItem('name');
      if (name instanceof HTMLElement) name.focus();
    } catch (e) {
      setSaveError(commandErrorKey(e));
    } finally {
      isSaving.current = false;
    }
  }

  const message = (error: FieldError | undefined): string | undefined =>
    error ? t(error.key, { expected: error.values?.expected ?? '' }) : undefined;
  const fieldProps = (field: Exclude<LineField, 'adjusted'>) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => update(field, event.target.value),
    error: message(errors[field]) ?? findingErrors?.[field],
    autoComplete: 'off',
  });
  const expected = expectedAmountFen(values);

  return (
    <form
      ref={formRef}
      className="batch-detail__panel"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h3 id={headingId}>
        {line ? t('lines.form.editHeading', { name: line.name }) : t('lines.form.addHeading')}
      </h3>
      <TextField
        {...fieldProps('group')}
        label={t('lines.form.fields.group')}
        hint={t('lines.form.hints.group')}
        className="field__input--short"
      />
      <TextField {...fieldProps('name')} label={t('lines.form.fields.name')} />
      <TextField
        {...fieldProps('idNumber')}
        label={t('lines.form.fields.idNumber')}
        hint={t('lines.form.hints.idNumber')}
      />
      <TextField
        {...fieldProps('account')}
        label={t('lines.form.fields.account')}
        hint={t('lines.form.hints.account')}
        inputMode="numeric"
      />
      <TextField
        {...fieldProps('quantity')}
        label={t('lines.form.fields.quantity', { unit })}
        hint={t('lines.form.hints.quantity')}
        inputMode="decimal"
        className="field__input--short"
      />
      <TextField
        {...fieldProps('rate')}
        label={t('lines.form.fields.rate', { unit })}
        hint={t('lines.form.hints.rate')}
        inputMode="decimal"
        className="field__input--short"
      />
      <TextField
        {...fieldProps('amount')}
        label={t('lines.form.fields.amount')}
        hint={
          expected === null
            ? t('lines.form.hints.amountEmpty')
            : t('lines.form.hints.amount', { amount: formatFen(expected) })
        }
        inputMode="decimal"
        className="field__input--short"
      />
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${headingId}-adjusted`}
          name="adjusted"
          checked={values.adjusted}
          onChange={(event) => update('adjusted', event.target.checked)}
        />
        <label htmlFor={`${headingId}-adjusted`}>{t('lines.form.fields.adjusted')}</label>
      </div>
      {values.adjusted && (
        <TextField {...fieldProps('adjustReason')} label={t('lines.form.fields.adjustReason')} />
      )}
      <TextField
        {...fieldProps('paidOn')}
        label={t('lines.form.fields.paidOn')}
        hint={t('lines.form.hints.paidOn')}
        className="field__input--short"
      />
      <TextField
        {...fieldProps('remark')}
        label={t('lines.form.fields.remark')}
        hint={t('lines.form.hints.remark')}
      />
      <div className="batch-detail__actions">
        <button type="submit" className="button">
          {t('lines.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('lines.form.cancel')}
        </button>
      </div>
      {/* Always in the page, so screen readers are listening before the text changes. */}
      <p className="text-success" role="status">
        {savedName && t('lines.form.saved', { name: savedName })}
      </p>
      <div role="alert">{saveError && <p className="text-error">{t(saveError)}</p>}</div>
    </form>
  );
}
