import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import { decideTransition, type TransitionRefusal } from '../../domain/review';
import type { User } from '../../domain/user';
import { reviewNotice, type ReviewerAction } from './review-commands';
import { diffableOf, rememberSeenVersion } from './seen-versions';

type Outcome = 'checked' | 'returned' | 'approved';
type Problem = TransitionRefusal | 'personal-data-found' | 'storage';

/**
 * The reviewer's decision on a notice. Approving needs the 已保密审查 tick and a notice
 * free of privacy findings; returning needs a reason, which the cadre reads above the
 * editor. The rules are the shared state machine's, checked here first so the reviewer
 * is told in words before anything is queued; the server checks them again.
 */
export function ReviewDecisionForm({
  notice,
  actor,
  hasFindings,
}: {
  notice: Notice;
  actor: Pick<User, 'id' | 'role' | 'regionCode'>;
  hasFindings: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [isPrivacyChecked, setPrivacyChecked] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const isBusy = useRef(false);

  const item = { ...notice, hasReviewerActed: false };
  // Which buttons make sense; the clock only matters for withdrawing, never offered here.
  const can = (action: ReviewerAction) =>
    decideTransition({ item, actor, action, now: 0, reason: 'x', privacyChecked: true }).ok;
  const canCheck = can('check');
  const canApprove = can('approve');
  const canReturn = can('return');

  async function act(action: ReviewerAction) {
    if (isBusy.current) return;
    setOutcome(null);
    const decision = decideTransition({
      item,
      actor,
      action,
      now: 0,
      reason,
      privacyChecked: isPrivacyChecked,
    });
    if (!decision.ok) {
      setProblem(decision.code);
      return;
    }
    if (action === 'approve' && hasFindings) {
      setProblem('personal-data-found');
      return;
    }
    setProblem(null);
    isBusy.current = true;
    try {
      if (action === 'return') rememberSeenVersion(notice.id, diffableOf(notice));
      await reviewNotice(getDatabase(), notice.id, action, {
        ...(action === 'return' && { reason }),
        ...(action === 'approve' && { privacyChecked: isPrivacyChecked }),
      });
      setOutcome(action === 'check' ? 'checked' : action === 'return' ? 'returned' : 'approved');
    } catch {
      setProblem('storage');
    } finally {
      isBusy.current = false;
    }
  }

  const hasActions = canCheck || canApprove || canReturn;
  // The status stays in one place while the buttons go: the sentence outlives the form.
  return (
    <>
      <p role="status">{outcome && t(`reviewer.decision.done.${outcome}`)}</p>
      {hasActions ? renderForm() : <p>{t('reviewer.decision.nothingToDo')}</p>}
    </>
  );

  function renderForm() {
    return (
      <form className="review-decision" onSubmit={(e) => e.preventDefault()} noValidate>
        <h2>{t('reviewer.decision.heading')}</h2>
        {canApprove && (
          <div className="field">
            <input
              id={`${id}-privacy`}
              type="checkbox"
              checked={isPrivacyChecked}
              onChange={(e) => setPrivacyChecked(e.target.checked)}
            />{' '}
            <label htmlFor={`${id}-privacy`}>{t('reviewer.decision.privacyChecked')}</label>
          </div>
        )}
        {canApprove && (
          <button type="button" className="button" onClick={() => void act('approve')}>
            {t('reviewer.decision.approve')}
          </button>
        )}
        {canCheck && (
          <button type="button" className="button" onClick={() => void act('check')}>
            {t('reviewer.decision.check')}
          </button>
        )}
        {canReturn && (
          <>
            <div className={problem === 'reason-required' ? 'field field--error' : 'field'}>
              <label className="field__label" htmlFor={`${id}-reason`}>
                {t('reviewer.decision.reason')}
              </label>
              <p className="field__hint" id={`${id}-reason-hint`}>
                {t('reviewer.decision.reasonHint')}
              </p>
              <textarea
                id={`${id}-reason`}
                className="field__input"
                rows={3}
                maxLength={2000}
                value={reason}
                aria-invalid={problem === 'reason-required' ? true : undefined}
                aria-describedby={`${id}-reason-hint`}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void act('return')}
            >
              {t('reviewer.decision.return')}
            </button>
          </>
        )}
        {problem && (
          <p role="alert" className="field__error">
            {problem === 'storage' ? t('errors.unknown') : t(`errors.${problem}`)}
          </p>
        )}
      </form>
    );
  }
}
