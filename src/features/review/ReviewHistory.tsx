import { useTranslation } from 'react-i18next';
import type { ReviewStep } from '../../domain/review';
import { formatDateTime } from '../../ui/format-time';

/** The audit trail of an item: who did what, when, and the reason they gave. */
export function ReviewHistory({ steps }: { steps: ReviewStep[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="review-history-heading">
      <h2 id="review-history-heading">{t('reviewer.history.heading')}</h2>
      {steps.length === 0 ? (
        <p>{t('reviewer.history.none')}</p>
      ) : (
        <ol>
          {steps.map((step) => (
            <li key={step.id}>
              {t('reviewer.history.step', {
                at: formatDateTime(step.at),
                role: t(`roles.${step.actorRole}`),
                action: t(`reviewer.history.action.${step.action}`),
              })}
              {step.comment && ` ${t('reviewer.history.comment', { comment: step.comment })}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
