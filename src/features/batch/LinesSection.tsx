import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildLineSearchIndex, parseLineQuery, searchLineIndices } from '../../domain/line-search';
import { totalLines } from '../../domain/line-totals';
import { formatFen } from '../../domain/money';
import type { PayoutLine } from '../../domain/payout';
import { LineFilters } from './LineFilters';
import { LineList, type NumberedLine } from './LineList';

interface LinesSectionProps {
  lines: readonly PayoutLine[];
  groups: readonly string[];
  isEditable: boolean;
  findingLineIds: ReadonlySet<string>;
  onEdit: (line: PayoutLine) => void;
  onDelete: (line: PayoutLine) => void;
}

/** Search, group filter, what they leave in view (in words) and the list itself. */
export function LinesSection({
  lines,
  groups,
  isEditable,
  findingLineIds,
  onEdit,
  onDelete,
}: LinesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<string | null>(null);
  // Typing stays responsive in a long list: the filtering follows a moment later.
  const deferredQuery = useDeferredValue(query);
  const index = useMemo(() => buildLineSearchIndex(lines), [lines]);
  const parsed = parseLineQuery(deferredQuery);
  const rows = useMemo((): NumberedLine[] => {
    const found = searchLineIndices(index, parseLineQuery(deferredQuery));
    const out: NumberedLine[] = [];
    for (const i of found) {
      const line = index.lines[i];
      if (line && (group === null || line.group.trim() === group)) out.push({ line, row: i + 1 });
    }
    return out;
  }, [index, deferredQuery, group]);
  const shown = useMemo(() => totalLines(rows.map((r) => r.line)).overall, [rows]);
  // A group that no longer has lines (all deleted) falls back to every group.
  const selectedGroup = group !== null && groups.includes(group) ? group : null;
  if (selectedGroup !== group) setGroup(selectedGroup);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('lines.list.heading')}</h2>
      {lines.length === 0 ? (
        <p>{t('lines.list.empty')}</p>
      ) : (
        <>
          <LineFilters
            query={query}
            onQueryChange={setQuery}
            groups={groups}
            group={selectedGroup}
            onGroupChange={setGroup}
          />
          <div role="status">
            {parsed.kind === 'too-few-digits' && <p>{t('lines.filter.tooFewDigits')}</p>}
            <p>{t('lines.filter.resultCount', { shown: rows.length, total: lines.length })}</p>
            {rows.length > 0 && (
              <p>
                {t('lines.totals.summary', {
                  count: shown.count,
                  amount: formatFen(shown.amountFen),
                })}
              </p>
            )}
            {rows.length === 0 && parsed.kind !== 'too-few-digits' && (
              <p>{t('lines.list.noMatch')}</p>
            )}
          </div>
          <LineList
            rows={rows}
            isEditable={isEditable}
            findingLineIds={findingLineIds}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        </>
      )}
    </section>
  );
}
