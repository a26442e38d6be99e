import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutLine } from '../../domain/payout';
import { LineRow } from './LineRow';

export interface NumberedLine {
  line: PayoutLine;
  /** 1-based position in the whole batch, kept while filtered */
  row: number;
}

interface LineListProps {
  rows: readonly NumberedLine[];
  isEditable: boolean;
  findingLineIds: ReadonlySet<string>;
  onEdit: (line: PayoutLine) => void;
  onDelete: (line: PayoutLine) => void;
}

/** First guess of a row's height; each row is measured once drawn (text size varies). */
const ESTIMATED_ROW_PX = 96;
const OVERSCAN_ROWS = 8;

/**
 * Every line of the batch in a virtualised ARIA table: only the rows in view (plus a few)
 * are in the page, so 5,000 households scroll as smoothly as 50. The scroll box takes
 * keyboard focus, so the list scrolls with the arrow keys without a mouse or touch.
 */
export function LineList({ rows, isEditable, findingLineIds, onEdit, onDelete }: LineListProps) {
  const { t } = useTranslation();
  const scrollerRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => rows[index]?.line.id ?? index,
  });
  const items = virtualizer.getVirtualItems();

  return (
    <div
      ref={scrollerRef}
      className="line-list__scroller"
      // A scroll box must be focusable to scroll by keyboard (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={t('lines.list.scroller')}
    >
      <div
        role="table"
        aria-label={t('lines.list.label', { count: rows.length })}
        aria-rowcount={rows.length + 1}
      >
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className="line-list__head">
            <span role="columnheader">{t('lines.list.columns.row')}</span>
            <span role="columnheader">{t('lines.list.columns.name')}</span>
            <span role="columnheader">{t('lines.list.columns.idNumber')}</span>
            <span role="columnheader">{t('lines.list.columns.amount')}</span>
            <span role="columnheader">{t('lines.list.columns.actions')}</span>
          </div>
        </div>
        <div role="rowgroup" style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const entry = rows[item.index];
            if (!entry) return null;
            return (
              <LineRow
                key={item.key}
                line={entry.line}
                row={entry.row}
                rowIndex={item.index + 2}
                isEditable={isEditable}
                hasFinding={findingLineIds.has(entry.line.id)}
                start={item.start}
                measureRef={virtualizer.measureElement}
                onEdit={onEdit}
                onDelete={onDelete}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
