import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildLineSearchIndex, searchLines } from '../../domain/line-search';
import type { PublicBatch, PublicLine } from '../../domain/public-view';
import { quantityText, yuanText } from '../public/period-text';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';
import { OnScreenKeypad } from './OnScreenKeypad';

/** More than this many matches: ask for another letter instead of a wall of names. */
const MAX_RESULTS = 30;

interface KioskLookupProps {
  lines: PublicLine[];
  batches: PublicBatch[];
  query: string;
  onQueryChange: (query: string) => void;
  /** 提出异议 on one found line; offered only while its batch is in its notice period */
  onObject?: (line: PublicLine) => void;
}

/**
 * 查我的补贴: a resident finds their own lines by pinyin initials typed on the screen's
 * keypad. Shows public columns only; where two people share a name, the first 6 and
 * last 4 digits of the ID number tell them apart (DOMAIN.md §5), nothing more.
 */
export function KioskLookup({ lines, batches, query, onQueryChange, onObject }: KioskLookupProps) {
  const { t } = useTranslation();
  const index = useMemo(
    () => buildLineSearchIndex(lines.map((l) => ({ ...l, namePinyin: l.namePinyin ?? '' }))),
    [lines],
  );
  const itemOf = useMemo(() => new Map(batches.map((b) => [b.id, b])), [batches]);
  const found = query === '' ? [] : searchLines(index, query);
  const shown = found.slice(0, MAX_RESULTS);

  const resultText =
    query === ''
      ? t('kioskView.lookup.prompt')
      : found.length > MAX_RESULTS
        ? t('kioskView.lookup.tooMany', { count: found.length })
        : t('kioskView.lookup.found', { count: found.length });

  const describe = (line: PublicLine): string => {
    const batch = itemOf.get(line.batchId);
    return t('kioskView.lookup.lineSummary', {
      name: line.name,
      group: line.group,
      item: batch ? t('publicView.batch.title', { year: batch.year, item: batch.item }) : '',
      quantity: `${quantityText(line.quantityCenti)} ${line.unit}`,
      amount: yuanText(t, line.amountFen),
    });
  };

  return (
    <div className="kiosk-lookup">
      <p className="kiosk-lookup__hint">{t('kioskView.lookup.hint')}</p>
      <div className="kiosk-lookup__query">
        <span id="kiosk-query-label">{t('kioskView.lookup.typed')}</span>
        <output aria-labelledby="kiosk-query-label" className="kiosk-lookup__typed">
          {query.toUpperCase() || t('kioskView.lookup.nothingTyped')}
        </output>
      </div>
      <OnScreenKeypad
        onLetter={(letter) => onQueryChange((query + letter).slice(0, 12))}
        onBackspace={() => onQueryChange(query.slice(0, -1))}
        onClear={() => onQueryChange('')}
      />
      <p role="status" className="kiosk-lookup__result">
        {resultText}
      </p>
      {found.length > 0 && found.length <= MAX_RESULTS && (
        <ReadAloudButton
          label={t('kioskView.lookup.heading')}
          parts={() => [resultText, ...shown.map(describe)]}
        />
      )}
      {found.length <= MAX_RESULTS && (
        <ul className="public-list">
          {shown.map((line) => (
            <li key={line.id} className="public-item">
              <p className="kiosk-lookup__name">
                {line.name}
                {line.idHint && <span className="public-table__hint"> {line.idHint}</span>}
              </p>
              <p>{describe(line)}</p>
              {onObject && itemOf.get(line.batchId)?.period.status === 'open' && (
                <button
                  type="button"
                  className="button kiosk-nav-button"
                  aria-label={t('kioskView.objection.openLabel', { about: describe(line) })}
                  onClick={() => onObject(line)}
                >
                  {t('kioskView.objection.open')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
