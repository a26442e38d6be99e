import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import type { PayoutBatch } from '../../domain/payout';
import { decideTransition, type TransitionRefusal } from '../../domain/review';
import type { User } from '../../domain/user';
import { reviewBatch, reviewNotice, type ReviewerAction } from './review-commands';
import { diffableOf, rememberSeenVersion } from './seen-versions';

type Outcome = 'checked' | 'returned' | 'approved';

/** What is being decided on: notices and payout batches share one review chain. */
export type DecisionTarget =
  { kind: 'notice'; notice: Notice } | { kind: 'batch'; batch: PayoutBatch };
type Problem = TransitionRefusal | 'personal-data-found' | 'storage';

/**
 * The reviewer's decision on a notice or a payout batch. Approving needs the 已保密审查
 * tick and an item free of privacy findings; returning needs a reason, which the cadre reads above the
 * editor. The rules are the shared state machine's, checked here first so the reviewer
 * is told in words before anything is queued; the server checks them again.
 */
export function ReviewDecisionForm({
  target,
  actor,
  hasFindings,
}: {
  target: DecisionTarget;
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

  const record = target.kind === 'notice' ? target.notice : target.batch;
  const item = { ...record, hasReviewerActed: false };
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
      const input = {
        ...(action === 'return' && { reason }),
        ...(action === 'approve' && { privacyChecked: isPrivacyChecked }),
      };
      if (target.kind === 'notice') {
        if (action === 'return') rememberSeenVersion(target.notice.id, diffableOf(target.notice));
        await reviewNotice(getDatabase(), target.notice.id, action, input);
      } else {
        await reviewBatch(getDatabase(), target.batch.id, action, input);
      }
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
      {hasActions ? (
        renderForm()
      ) : (
        <p>
          {target.kind === 'notice'
            ? t('reviewer.decision.nothingToDo')
            : t('reviewer.decision.nothingToDoBatch')}
        </p>
      )}
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
