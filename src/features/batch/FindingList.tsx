import { useTranslation } from 'react-i18next';
import type { PlacedFinding } from './batch-finding-places';

interface FindingListProps {
  findings: readonly PlacedFinding[];
  /** opens the place for fixing; without it (a reviewer's read-only view) no button shows */
  onGoTo?: (finding: PlacedFinding) => void;
  /** what to say about a finding; by default the cadre is asked to delete it */
  describe?: (finding: PlacedFinding) => string;
}

/**
 * What the privacy scan found, each with its exact place (header field, or row, name and
 * field of a line) and a button that opens that place for fixing. The matched text is not
 * repeated here: the place is enough to find it, and the list must not spread it further.
 */
export function FindingList({ findings, onGoTo, describe }: FindingListProps) {
  const { t } = useTranslation();
  return (
    <ul className="batch-list">
      {findings.map((placed, index) => {
        const kind = t(`lines.submit.kinds.${placed.finding.kind}`);
        const place =
          placed.where === 'header'
            ? t('lines.submit.placeHeader', { field: t(`lines.header.fields.${placed.field}`) })
            : t('lines.submit.placeLine', {
                row: placed.row,
                name: placed.name,
                // A line's unit has no field of its own in the form: it is the batch's.
                field:
                  placed.field === 'unit'
                    ? t('lines.header.fields.unit')
                    : t(`lines.form.fields.${placed.field}`),
              });
        return (
          <li
            key={`${placed.where === 'line' ? placed.lineId : 'header'}:${placed.field}:${placed.finding.start}:${index}`}
            className="batch-list__item"
          >
            <p className="batch-list__title">{place}</p>
            <p>{describe ? describe(placed) : t('lines.submit.fieldFinding', { kind })}</p>
            {onGoTo && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onGoTo(placed)}
              >
                {t('lines.submit.goTo')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
