import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ArchiveSearchProps {
  query: string;
  onChange: (query: string) => void;
  resultCount: number;
}

/** Search of the archive (存档备查) by words of the title or the subsidy item. */
export function ArchiveSearch({ query, onChange, resultCount }: ArchiveSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field archive-search">
      <label htmlFor={id} className="field__label">
        {t('publicView.archive.search')}
      </label>
      <input
        id={id}
        className="field__input"
        type="search"
        value={query}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
      />
      <p role="status">{t('publicView.archive.results', { count: resultCount })}</p>
    </div>
  );
}
