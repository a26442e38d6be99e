import { useTranslation } from 'react-i18next';
import type { PlacedFinding } from './batch-privacy-scan';

interface FindingListProps {
  findings: readonly PlacedFinding[];
  onGoTo: (finding: PlacedFinding) => void;
}

/**
 * What the privacy scan found, each with its exact place (header field, or row, name and
 * field of a line) and a button that opens that place for fixing. The matched text is not
 * repeated here: the place is enough to find it, and the list must not spread it further.
 */
export function FindingList({ findings, onGoTo }: FindingListProps) {
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
                field: t(`lines.form.fields.${placed.field}`),
              });
        return (
          <li
            key={`${placed.where === 'line' ? placed.lineId : 'header'}:${placed.field}:${placed.finding.start}:${index}`}
            className="batch-list__item"
          >
            <p className="batch-list__title">{place}</p>
            <p>{t('lines.submit.fieldFinding', { kind })}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onGoTo(placed)}
            >
              {t('lines.submit.goTo')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
