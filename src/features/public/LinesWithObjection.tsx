import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicBatch, PublicLine } from '../../domain/public-view';
import { LinesTable } from './LinesTable';
import { ObjectionForm } from './ObjectionForm';
import { quantityText, yuanText } from './period-text';

/** Lines offered for an objection at once; more and the resident is asked to type more. */
const MAX_OFFERED = 5;

interface LinesWithObjectionProps {
  villageCode: string;
  batch: PublicBatch;
  lines: PublicLine[];
  caption: string;
}

/** Every word typed must be in the line's group or (masked) name; the stars are skipped. */
function matches(line: PublicLine, query: string): boolean {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const text = `${line.group}${line.name.replace(/[*＊]/g, '')}`;
  return words.every((word) => text.includes(word));
}

/**
 * The phone page's (masked) list of a batch. While the notice period runs, a resident who
 * finds their own line wrong types a few characters (曾, 一组) to narrow the list down to a
 * few lines, and each of those offers 对这一行有异议: the objection form opens bound to that
 * line, so they say which line without typing anyone's name. The list itself is unchanged.
 */
export function LinesWithObjection({
  villageCode,
  batch,
  lines,
  caption,
}: LinesWithObjectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<PublicLine | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  // The form opens in place of the found lines: take the focus there for a screen reader.
  useEffect(() => {
    if (chosen) panelRef.current?.focus();
  }, [chosen]);

  const table = <LinesTable lines={lines} caption={caption} />;
  if (batch.period.status !== 'open') return table;

  const lineText = (line: PublicLine) =>
    t('publicView.lineObjection.line', {
      group: line.group,
      name: line.name,
      quantity: `${quantityText(line.quantityCenti)} ${line.unit}`,
      amount: yuanText(t, line.amountFen),
    });
  const found = query.trim() === '' ? [] : lines.filter((line) => matches(line, query));
  const resultText =
    query.trim() === ''
      ? ''
      : found.length > MAX_OFFERED
        ? t('publicView.lineObjection.tooMany', { count: found.length })
        : t('publicView.lineObjection.found', { count: found.length });

  // The finder comes before the list: a resident need not scroll past every household.
  return (
    <>
      <div className="line-objection">
        {chosen ? (
          <div
            ref={panelRef}
            tabIndex={-1}
            role="group"
            aria-label={t('publicView.lineObjection.heading')}
          >
            <p className="public-item__note">{t('publicView.lineObjection.heading')}</p>
            <p>{lineText(chosen)}</p>
            <ObjectionForm
              key={chosen.id}
              villageCode={villageCode}
              itemKind="batch"
              itemId={batch.id}
              itemTitle={lineText(chosen)}
              lineId={chosen.id}
            />
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setChosen(null)}
              >
                {t('publicView.lineObjection.close')}
              </button>
            </p>
          </div>
        ) : (
          <div className="field">
            <label htmlFor={id} className="field__label">
              {t('publicView.lineObjection.search')}
            </label>
            <input
              id={id}
              className="field__input"
              type="search"
              autoComplete="off"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <p role="status">{resultText}</p>
            {found.length > 0 && found.length <= MAX_OFFERED && (
              <ul className="public-list">
                {found.map((line) => (
                  <li key={line.id}>
                    <p>{lineText(line)}</p>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('publicView.lineObjection.objectLabel', {
                        line: lineText(line),
                      })}
                      onClick={() => setChosen(line)}
                    >
                      {t('publicView.lineObjection.object')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {table}
    </>
  );
}
