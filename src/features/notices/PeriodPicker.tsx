import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeTypeInfo } from '../../domain/notice-types';
import { countWorkingDays, hasOfficialCalendar } from '../../domain/working-days';
import { minimumPeriodEnd, type PeriodError } from './notice-form';

interface Props {
  type: string;
  start: string;
  end: string;
  error: PeriodError | undefined;
  onChange: (period: { start: string; end: string }) => void;
}

/**
 * The notice period (公示期): a start and an end date, with the earliest allowed end
 * computed from the official working-day calendar (调休 included) and the type's minimum,
 * so a cadre never has to count holidays by hand.
 */
export function PeriodPicker({ type, start, end, error, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const minWorkingDays = noticeTypeInfo(type).minWorkingDays;
  const minimumEnd = minimumPeriodEnd(type, start);
  const chosenDays = start && end && end >= start ? countWorkingDays(start, end) : null;
  const hasCalendar = !minimumEnd || hasOfficialCalendar(Number(minimumEnd.slice(0, 4)));
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <fieldset className="period">
      <legend>{t('notices.period.legend')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {minimumEnd
          ? t('notices.period.minimumEnd', { days: minWorkingDays, date: minimumEnd })
          : t('notices.period.minimumDays', { days: minWorkingDays })}
      </p>
      {!hasCalendar && <p className="field__hint">{t('notices.period.noCalendar')}</p>}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {t(`notices.period.error.${error}`, { days: minWorkingDays, date: minimumEnd ?? '' })}
        </p>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-start`}>
          {t('notices.period.start')}
        </label>
        <input
          id={`${id}-start`}
          type="date"
          className="field__input field__input--short"
          value={start}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ start: e.target.value, end })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-end`}>
          {t('notices.period.end')}
        </label>
        <input
          id={`${id}-end`}
          type="date"
          className="field__input field__input--short"
          value={end}
          min={minimumEnd ?? undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ start, end: e.target.value })}
        />
      </div>
      {minimumEnd && end !== minimumEnd && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange({ start, end: minimumEnd })}
        >
          {t('notices.period.useMinimum', { date: minimumEnd })}
        </button>
      )}
      {chosenDays !== null && <p>{t('notices.period.chosenDays', { count: chosenDays })}</p>}
    </fieldset>
  );
}
