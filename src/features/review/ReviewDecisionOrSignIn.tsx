import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeviceSession } from '../../data';
import { ReviewDecisionForm, type DecisionTarget } from './ReviewDecisionForm';

/**
 * The decision on a notice or a batch for whoever is signed in on this device; with nobody
 * signed in, the way to sign in, because a decision is recorded under a reviewer's name.
 */
export function ReviewDecisionOrSignIn({
  session,
  target,
  hasFindings,
}: {
  session: DeviceSession | null;
  target: DecisionTarget;
  hasFindings: boolean;
}) {
  const { t } = useTranslation();
  if (!session) {
    return (
      <p>
        {t('review.signInFirst')} <Link to="/login">{t('review.signIn')}</Link>
      </p>
    );
  }
  return <ReviewDecisionForm target={target} actor={session.user} hasFindings={hasFindings} />;
}
