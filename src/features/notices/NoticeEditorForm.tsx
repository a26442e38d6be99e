import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data';
import { NOTICE_CATEGORIES, type Notice, type NoticeCategory } from '../../domain/notice';
import { noticeTypeInfo, noticeTypesOf } from '../../domain/notice-types';
import { AttachmentList } from './AttachmentList';
import { FinanceStatementEditor } from './FinanceStatementEditor';
import { MarkupView } from './MarkupView';
import { PeriodPicker } from './PeriodPicker';
import { PrivacyFindingList } from './PrivacyFindingList';
import { saveNoticeDraft, submitNotice } from './notice-commands';
import {
  emptyFormValues,
  formValuesOf,
  validateNoticeForm,
  type NoticeFormErrors,
  type NoticeFormValues,
} from './notice-form';
import { scanNoticeDraft, type FieldFinding } from './notice-scan';
import { noticeSaveErrorKey, type NoticeSaveErrorKey } from './save-error';

interface Props {
  noticeId: string;
  villageCode: string;
  /** null for a new notice */
  notice: Notice | null;
  authorId: string;
}

type Status = 'saved' | 'submitted' | null;

/**
 * The notice editor on the phone. Saving and submitting are local and instant, with or
 * without signal; the outcome is announced in words. Submitting first runs the privacy
 * check and shows every finding in place instead of sending a notice the server refuses.
 */
export function NoticeEditorForm({ noticeId, villageCode, notice, authorId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<NoticeFormValues>(() =>
    notice ? formValuesOf(notice) : emptyFormValues(),
  );
  const [errors, setErrors] = useState<NoticeFormErrors>({});
  const [findings, setFindings] = useState<FieldFinding[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [saveError, setSaveError] = useState<NoticeSaveErrorKey | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Stops a double tap from queueing the same submission twice.
  const isBusy = useRef(false);
  const hasStatement = noticeTypeInfo(values.type).hasStatement;

  const update = (patch: Partial<NoticeFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setStatus(null);
  };

  function changeCategory(category: NoticeCategory) {
    update({ category, type: noticeTypesOf(category)[0]?.type ?? values.type });
  }

  function locate(found: FieldFinding) {
    const target = found.field.kind === 'title' ? titleRef.current : bodyRef.current;
    target?.focus();
    target?.setSelectionRange(found.finding.start, found.finding.end);
  }

  async function save(isSubmitting: boolean) {
    if (isBusy.current) return;
    setSaveError(null);
    setStatus(null);
    const result = validateNoticeForm(values, isSubmitting);
    if (!result.ok) {
      setErrors(result.errors);
      if (result.errors.title) titleRef.current?.focus();
      return;
    }
    setErrors({});
    const found = isSubmitting ? scanNoticeDraft(result.value) : [];
    setFindings(found);
    if (found.length > 0) return;
    isBusy.current = true;
    try {
      const db = getDatabase();
      await saveNoticeDraft(db, { ...result.value, id: noticeId, villageCode }, authorId);
      if (isSubmitting) await submitNotice(db, noticeId);
      setStatus(isSubmitting ? 'submitted' : 'saved');
    } catch (error) {
      setSaveError(noticeSaveErrorKey(error));
    } finally {
      isBusy.current = false;
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  return (
    <form className="notice-form" onSubmit={handleSubmit} noValidate>
      {notice?.returnedReason && (
        <div className="notice-form__returned">
          <h2>{t('notices.editor.returnedHeading')}</h2>
          <p>{notice.returnedReason}</p>
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-category`}>
          {t('notices.editor.category')}
        </label>
        <select
          id={`${id}-category`}
          className="setting__select"
          value={values.category}
          onChange={(e) => changeCategory(e.target.value as NoticeCategory)}
        >
          {NOTICE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`notices.category.${category}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-type`}>
          {t('notices.editor.type')}
        </label>
        <select
          id={`${id}-type`}
          className="setting__select"
          value={values.type}
          aria-describedby={`${id}-cadence`}
          onChange={(e) => update({ type: e.target.value })}
        >
          {noticeTypesOf(values.category).map((info) => (
            <option key={info.type} value={info.type}>
              {t(`notices.type.${info.type}`, { defaultValue: info.type })}
            </option>
          ))}
        </select>
        <p className="field__hint" id={`${id}-cadence`}>
          {t(`notices.cadence.${noticeTypeInfo(values.type).cadence}`)}
        </p>
      </div>
      <div className={errors.title ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={`${id}-title`}>
          {t('notices.editor.title')}
        </label>
        {errors.title && (
          <p className="field__error" id={`${id}-title-error`}>
            {t('notices.editor.titleRequired')}
          </p>
        )}
        <input
          ref={titleRef}
          id={`${id}-title`}
          className="field__input"
          value={values.title}
          maxLength={200}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          onChange={(e) => update({ title: e.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-body`}>
          {t('notices.editor.body')}
        </label>
        <p className="field__hint" id={`${id}-body-hint`}>
          {t('notices.editor.bodyHint')}
        </p>
        <textarea
          ref={bodyRef}
          id={`${id}-body`}
          className="field__input notice-form__body"
          rows={10}
          maxLength={50_000}
          value={values.body}
          aria-describedby={`${id}-body-hint`}
          onChange={(e) => update({ body: e.target.value })}
        />
      </div>
      {values.body.trim() && (
        <section className="notice-form__preview" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>{t('notices.editor.preview')}</h2>
          <MarkupView source={values.body} />
        </section>
      )}
      {hasStatement && (
        <FinanceStatementEditor
          statement={values.statement}
          errors={errors.lines}
          onChange={(statement) => update({ statement })}
        />
      )}
      <PeriodPicker
        type={values.type}
        start={values.periodStart}
        end={values.periodEnd}
        error={errors.period}
        onChange={({ start, end }) => update({ periodStart: start, periodEnd: end })}
      />
      <AttachmentList
        attachments={values.attachments}
        onChange={(attachments) => update({ attachments })}
      />
      {findings.length > 0 && <PrivacyFindingList findings={findings} onLocate={locate} />}
      <div className="notice-form__actions">
        <button type="submit" className="button button--secondary">
          {t('notices.editor.save')}
        </button>
        <button type="button" className="button" onClick={() => void save(true)}>
          {t('notices.editor.submit')}
        </button>
      </div>
      <p role="status" className="batch-form__status">
        {status === 'saved' && t('notices.editor.saved')}
        {status === 'submitted' && t('notices.editor.submitted')}
      </p>
      {saveError && (
        <p role="alert" className="batch-form__error">
          {t(saveError)}
        </p>
      )}
    </form>
  );
}
