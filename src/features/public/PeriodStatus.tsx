import { useTranslation } from 'react-i18next';
import type { PublicPeriod } from '../../domain/public-view';
import { periodRangeText, periodStatusText } from './period-text';

/** The state of a notice period in words (never colour alone), and its dates. */
export function PeriodStatus({ period }: { period: PublicPeriod }) {
  const { t } = useTranslation();
  const range = periodRangeText(t, period);
  return (
    <p className={`period period--${period.status}`}>
      <strong>{periodStatusText(t, period)}</strong>
      {range && <span className="period__range">{range}</span>}
    </p>
  );
}
