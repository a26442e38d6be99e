import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data/database';
import type { PayoutBatch } from '../../domain/payout';
import { decideTransition, type TransitionRequest } from '../../domain/review';
import { loadBatchReviewCommands } from '../subsidies/lazy-batch-review-commands';
import type { PlacedFinding } from './batch-finding-places';
import { commandErrorKey, type CommandErrorKey } from './command-error-key';
import { FindingList } from './FindingList';

interface SubmitPanelProps {
  batch: PayoutBatch;
  lineCount: number;
  actor: TransitionRequest['actor'] | null;
  hasReviewerActed: boolean;
  /** findings of the last scan, kept up to date while the cadre fixes them; null before */
  findings: readonly PlacedFinding[] | null;
  /** runs the privacy scan over the batch as it is now and returns what it found */
  onScan: () => readonly PlacedFinding[];
  onGoTo: (finding: PlacedFinding) => void;
}

type Outcome = 'submitted' | 'withdrawn' | 'no-lines' | null;

/** How often the withdraw button re-checks its 10-minute window. */
const CLOCK_TICK_MS = 15_000;

/** The device's time, refreshed now and then, for rules with a time window. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Submit the draft for review (after the privacy scan found nothing) or withdraw it while
 * the rules allow. The same state machine as the server decides which button shows, so a
 * cadre offline sees what the township will accept.
 */
export function SubmitPanel({
  batch,
  lineCount,
  actor,
  hasReviewerActed,
  findings,
  onScan,
  onGoTo,
}: SubmitPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<CommandErrorKey | null>(null);
  // Stops a double tap from queueing the step twice.
  const isBusy = useRef(false);
  const now = useNow();

  const decide = (action: 'submit' | 'withdraw') =>
    actor
      ? decideTransition({
          item: {
            state: batch.state,
            authorId: batch.authorId,
            villageCode: batch.villageCode,
            submittedAt: batch.submittedAt,
            hasReviewerActed,
          },
          actor,
          action,
          now,
        })
      : null;
  const submitDecision = batch.state === 'draft' ? decide('submit') : null;
  const withdrawDecision = batch.state === 'draft' ? null : decide('withdraw');

  async function run(action: 'submit' | 'withdraw') {
    if (isBusy.current) return;
    setError(null);
    setOutcome(null);
    if (action === 'submit') {
      if (lineCount === 0) {
        setOutcome('no-lines');
        return;
      }
      // The scan comes first: a hit blocks the submission and points at its place.
      if (onScan().length > 0) return;
    }
    isBusy.current = true;
    try {
      const commands = await loadBatchReviewCommands();
      if (action === 'submit') await commands.submitBatch(getDatabase(), batch.id);
      else await commands.withdrawBatch(getDatabase(), batch.id);
      setOutcome(action === 'submit' ? 'submitted' : 'withdrawn');
    } catch (e) {
      setError(commandErrorKey(e));
    } finally {
      isBusy.current = false;
    }
  }

  const hasFindings = batch.state === 'draft' && findings !== null && findings.length > 0;

  return (
    <section aria-labelledby={headingId} className="batch-detail__panel">
      <h2 id={headingId}>{t('lines.submit.heading')}</h2>
      {submitDecision && (
        <>
          <p>{t('lines.submit.hint')}</p>
          {submitDecision.ok ? (
            <button type="button" className="button" onClick={() => void run('submit')}>
              {t('lines.submit.button')}
            </button>
          ) : (
            <p>{t(`errors.${submitDecision.code}`)}</p>
          )}
        </>
      )}
      {withdrawDecision?.ok && (
        <>
          <p>{t('lines.submit.withdrawHint')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void run('withdraw')}
          >
            {t('lines.submit.withdraw')}
          </button>
        </>
      )}
      {withdrawDecision?.ok === false && withdrawDecision.code === 'withdraw-closed' && (
        <p>{t(`errors.${withdrawDecision.code}`)}</p>
      )}
      <div role="alert">
        {hasFindings && (
          <p className="text-error">{t('lines.submit.blocked', { count: findings.length })}</p>
        )}
        {outcome === 'no-lines' && <p className="text-error">{t('lines.submit.noLines')}</p>}
        {error && <p className="text-error">{t(error)}</p>}
      </div>
      {hasFindings && <FindingList findings={findings} onGoTo={onGoTo} />}
      <p className="text-success" role="status">
        {outcome === 'submitted' && t('lines.submit.submitted')}
        {outcome === 'withdrawn' && t('lines.submit.withdrawn')}
      </p>
    </section>
  );
}
