import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useSession } from '../../data';
import { divisionName } from '../../domain/divisions';
import { totalLines } from '../../domain/line-totals';
import type { PayoutLine } from '../../domain/payout';
import { BatchHeader } from '../batch/BatchHeader';
import { BatchTotals } from '../batch/BatchTotals';
import { FindingList } from '../batch/FindingList';
import { LinesSection } from '../batch/LinesSection';
import {
  placeBatchFindings,
  type PlacedFinding,
  type ScannedHeaderField,
} from '../batch/batch-finding-places';
import '../batch/batch-detail.css';
import { BatchDiffView } from './BatchDiffView';
import { ReviewDecisionOrSignIn } from './ReviewDecisionOrSignIn';
import { ReviewHistory } from './ReviewHistory';
import './review.css';
import { useBatchReviewItem } from './useBatchReviewItem';

const NO_LINES: PayoutLine[] = [];
// The reviewer reads; the list's edit and delete are never offered here.
const ignoreLine = () => {};

/**
 * /review/batches/:batchId — the review of one payout batch by the village supervision
 * committee (check / return) or the township (approve / return): the header, totals
 * overall and per 村民小组, what a correction changed, the privacy scan's findings in
 * place, every household as staff may see it, the audit trail and the decision.
 */
export function BatchReviewPage() {
  const { t } = useTranslation();
  const batchId = useParams().batchId ?? '';
  const data = useBatchReviewItem(batchId);
  const session = useSession();
  const batch = data?.batch ?? null;
  const lines = data?.lines ?? NO_LINES;
  const totals = useMemo(() => totalLines(lines), [lines]);
  const groups = useMemo(() => totals.byGroup.map((g) => g.group), [totals]);
  const findings = useMemo(() => (batch ? placeBatchFindings(batch, lines) : []), [batch, lines]);
  const title = batch ? t('batch.title', { year: batch.year, item: batch.item }) : '';
  usePageTitle(batch ? t('reviewer.batch.title', { title }) : t('reviewer.batch.featureName'));

  const back = (
    <p>
      <Link to="/review">{t('reviewer.item.back')}</Link>
    </p>
  );
  if (data === undefined || session === undefined) return <p>{t('review.loading')}</p>;
  if (!batch) {
    return (
      <>
        <h1>{t('reviewer.batch.notFound')}</h1>
        {back}
      </>
    );
  }

  const village =
    divisionName(batch.villageCode) ?? t('division.unknown', { code: batch.villageCode });
  // The reviewer is told what is there, not asked to delete it: returning does that.
  const findingText = (placed: PlacedFinding) =>
    t('reviewer.batch.fieldFinding', { kind: t(`lines.submit.kinds.${placed.finding.kind}`) });
  const headerFindings: Partial<Record<ScannedHeaderField, string>> = {};
  const findingLineIds = new Set<string>();
  for (const placed of findings) {
    if (placed.where === 'header') headerFindings[placed.field] ??= findingText(placed);
    else findingLineIds.add(placed.lineId);
  }

  return (
    <>
      <h1>{t('reviewer.batch.heading', { title, village })}</h1>
      {back}
      <p role="status">{t('reviewer.batch.state', { state: t(`reviewState.${batch.state}`) })}</p>
      {batch.state === 'draft' && batch.returnedReason && (
        <p>{t('lines.state.returnedReason', { reason: batch.returnedReason })}</p>
      )}
      <BatchHeader
        batch={batch}
        isEditable={false}
        findingErrors={headerFindings}
        editRequest={null}
      />
      <BatchTotals totals={totals} unit={batch.unit} />
      <section aria-labelledby="review-diff-heading">
        <h2 id="review-diff-heading">{t('reviewer.diff.heading')}</h2>
        {!batch.correctsId ? (
          <p>{t('reviewer.batch.notCorrection')}</p>
        ) : data.corrected ? (
          <>
            <p>{t('reviewer.diff.againstCorrected')}</p>
            <BatchDiffView before={data.corrected} after={{ batch, lines }} />
          </>
        ) : (
          <p>{t('reviewer.batch.correctedMissing')}</p>
        )}
      </section>
      <section aria-labelledby="review-privacy-heading">
        <h2 id="review-privacy-heading">{t('reviewer.privacy.heading')}</h2>
        {findings.length === 0 ? (
          <p>{t('reviewer.privacy.none')}</p>
        ) : (
          <>
            <p className="text-error">
              {t('reviewer.batch.findingCount', { count: findings.length })}
            </p>
            <FindingList findings={findings} describe={findingText} />
          </>
        )}
      </section>
      <LinesSection
        lines={lines}
        groups={groups}
        isEditable={false}
        findingLineIds={findingLineIds}
        onEdit={ignoreLine}
        onDelete={ignoreLine}
      />
      <ReviewHistory steps={data.steps} />
      <ReviewDecisionOrSignIn
        session={session}
        target={{ kind: 'batch', batch }}
        hasFindings={findings.length > 0}
      />
    </>
  );
}
