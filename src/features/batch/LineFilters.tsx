import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface LineFiltersProps {
  query: string;
  onQueryChange: (query: string) => void;
  groups: readonly string[];
  /** null: every group */
  group: string | null;
  onGroupChange: (group: string | null) => void;
}

/** The search box (name, pinyin, last ID digits) and the 村民小组 filter above the list. */
export function LineFilters({
  query,
  onQueryChange,
  groups,
  group,
  onGroupChange,
}: LineFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="batch-detail__filters">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('lines.filter.search')}
        </label>
        <p className="field__hint" id={`${id}-search-hint`}>
          {t('lines.filter.searchHint')}
        </p>
        <input
          id={`${id}-search`}
          type="search"
          className="field__input"
          value={query}
          autoComplete="off"
          aria-describedby={`${id}-search-hint`}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      {groups.length > 1 && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-group`}>
            {t('lines.filter.group')}
          </label>
          <select
            id={`${id}-group`}
            className="batch-detail__select"
            // "g:" keeps lines without a group selectable apart from "every group".
            value={group === null ? '' : `g:${group}`}
            onChange={(event) => {
              const value = event.target.value;
              onGroupChange(value === '' ? null : value.slice(2));
            }}
          >
            <option value="">{t('lines.filter.allGroups')}</option>
            {groups.map((name) => (
              <option key={name} value={`g:${name}`}>
                {name || t('lines.totals.noGroup')}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
