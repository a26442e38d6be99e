import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { divisionName } from '../../domain/divisions';
import { NOTICE_TYPES } from '../../domain/notice-types';
import type { QueueFilters, StateFilter } from './review-queue';

const STATES: readonly StateFilter[] = [
  'all',
  'waiting',
  'draft',
  'submitted',
  'checked',
  'published',
];

/**
 * The queue's filters. Each change applies at once (no "apply" button to forget) and the
 * number of matching items is announced by the page in words.
 */
export function ReviewFilters({
  filters,
  villageCodes,
  onChange,
}: {
  filters: QueueFilters;
  villageCodes: string[];
  onChange: (next: QueueFilters) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="review-filters">
      <legend>{t('reviewer.filters.legend')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-type`}>
          {t('reviewer.filters.type')}
        </label>
        <select
          id={`${id}-type`}
          className="setting__select"
          value={filters.type}
          onChange={(e) => set({ type: e.target.value })}
        >
          <option value="">{t('reviewer.filters.anyType')}</option>
          <option value="batch">{t('review.kind.batch')}</option>
          {NOTICE_TYPES.map((info) => (
            <option key={info.type} value={info.type}>
              {t(`notices.type.${info.type}`, { defaultValue: info.type })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-village`}>
          {t('reviewer.filters.village')}
        </label>
        <select
          id={`${id}-village`}
          className="setting__select"
          value={filters.village}
          onChange={(e) => set({ village: e.target.value })}
        >
          <option value="">{t('reviewer.filters.anyVillage')}</option>
          {villageCodes.map((code) => (
            <option key={code} value={code}>
              {divisionName(code) ?? t('division.unknown', { code })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-state`}>
          {t('reviewer.filters.state')}
        </label>
        <select
          id={`${id}-state`}
          className="setting__select"
          value={filters.state}
          onChange={(e) => set({ state: e.target.value as StateFilter })}
        >
          {STATES.map((state) => (
            <option key={state} value={state}>
              {t(`reviewer.filters.states.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-days`}>
          {t('reviewer.filters.minWaitingDays')}
        </label>
        <input
          id={`${id}-days`}
          className="field__input field__input--short"
          type="number"
          min={0}
          inputMode="numeric"
          value={filters.minWaitingDays === 0 ? '' : String(filters.minWaitingDays)}
          onChange={(e) => {
            const days = Number(e.target.value);
            set({ minWaitingDays: Number.isInteger(days) && days > 0 ? days : 0 });
          }}
        />
      </div>
    </fieldset>
  );
}
