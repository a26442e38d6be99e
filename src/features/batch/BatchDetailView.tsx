import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { totalLines } from '../../domain/line-totals';
import type { PayoutBatch, PayoutLine } from '../../domain/payout';
import { isEditable, type TransitionRequest } from '../../domain/review';
import { ImportButton } from '../import/ImportButton';
import { BatchHeader } from './BatchHeader';
import type { HeaderField } from './BatchHeaderForm';
import { BatchTotals } from './BatchTotals';
import { DeleteLineConfirm } from './DeleteLineConfirm';
import { LineForm } from './LineForm';
import type { LineField } from './line-form-validation';
import { LinesSection } from './LinesSection';
import { SubmitPanel } from './SubmitPanel';
import {
  placeBatchFindings,
  type PlacedFinding,
  type ScannedHeaderField,
  type ScannedLineField,
} from './batch-finding-places';

interface BatchDetailViewProps {
  batch: PayoutBatch;
  lines: PayoutLine[];
  hasReviewerActed: boolean;
  actor: TransitionRequest['actor'] | null;
  /** the links to and from corrections (更正), shown under the review state */
  correction?: ReactNode;
}

/** The line form's field for a scanned line field; a line's unit follows the batch's. */
function formFieldOf(field: ScannedLineField): LineField | undefined {
  return field === 'unit' ? undefined : field;
}

type Editor = { mode: 'add' } | { mode: 'edit'; line: PayoutLine; focusField?: LineField } | null;

/**
 * One batch for the cadre (and reviewers): header, review state, totals, the searchable
 * list of lines, the line form while it is a draft, and submit / withdraw. Display only:
 * the data comes from BatchDetailPage, writes go through the lazily loaded commands.
 */
export function BatchDetailView({
  batch,
  lines,
  hasReviewerActed,
  actor,
  correction,
}: BatchDetailViewProps) {
  const { t } = useTranslation();
  const [editor, setEditor] = useState<Editor>(null);
  const [deleting, setDeleting] = useState<PayoutLine | null>(null);
  const [deletedName, setDeletedName] = useState<string | null>(null);
  const [hasScanned, setHasScanned] = useState(false);
  const [headerRequest, setHeaderRequest] = useState<{ field: HeaderField; at: number } | null>(
    null,
  );
  // Only the author edits, and only a draft (先审后发: what was submitted is what is reviewed).
  const canEdit = isEditable(batch.state) && actor?.id === batch.authorId;
  const totals = useMemo(() => totalLines(lines), [lines]);
  const groups = useMemo(() => totals.byGroup.map((g) => g.group), [totals]);
  // After the first scan the findings follow every edit, so a fixed one disappears at once.
  const findings = useMemo(
    () => (hasScanned ? placeBatchFindings(batch, lines) : null),
    [hasScanned, batch, lines],
  );
  const runScan = useCallback(() => {
    setHasScanned(true);
    return placeBatchFindings(batch, lines);
  }, [batch, lines]);

  const findingText = (placed: PlacedFinding) =>
    t('lines.submit.fieldFinding', { kind: t(`lines.submit.kinds.${placed.finding.kind}`) });
  const headerFindings: Partial<Record<ScannedHeaderField, string>> = {};
  const findingLineIds = new Set<string>();
  for (const placed of findings ?? []) {
    if (placed.where === 'header') headerFindings[placed.field] ??= findingText(placed);
    else findingLineIds.add(placed.lineId);
  }
  const lineFindingErrors = (line: PayoutLine): Partial<Record<LineField, string>> => {
    const errors: Partial<Record<LineField, string>> = {};
    for (const placed of findings ?? []) {
      const field = placed.where === 'line' ? formFieldOf(placed.field) : undefined;
      if (field && placed.where === 'line' && placed.lineId === line.id)
        errors[field] ??= findingText(placed);
    }
    return errors;
  };

  const goTo = (placed: PlacedFinding) => {
    if (placed.where === 'header') {
      setHeaderRequest({ field: placed.field, at: Date.now() });
      return;
    }
    const line = lines.find((l) => l.id === placed.lineId);
    if (line) setEditor({ mode: 'edit', line, focusField: formFieldOf(placed.field) });
  };
  const onEdit = useCallback((line: PayoutLine) => {
    setDeleting(null);
    setEditor({ mode: 'edit', line });
  }, []);
  const onDelete = useCallback((line: PayoutLine) => {
    setEditor(null);
    setDeletedName(null);
    setDeleting(line);
  }, []);

  return (
    <>
      <h1>{t('batch.title', { year: batch.year, item: batch.item })}</h1>
      <dl className="batch-list__states">
        <div>
          <dt>{t('lines.state.label')}</dt>
          <dd>{t(`reviewState.${batch.state}`)}</dd>
        </div>
      </dl>
      {batch.state === 'draft' && batch.returnedReason && (
        <p className="text-error">
          {t('lines.state.returnedReason', { reason: batch.returnedReason })}
        </p>
      )}
      {!isEditable(batch.state) && <p>{t('lines.state.locked')}</p>}
      {correction}
      <ul className="batch-detail__links">
        <li>
          <Link to={`/village/${batch.villageCode}`}>{t('lines.back')}</Link>
        </li>
        <li>
          <Link to={`/village/${batch.villageCode}/batch/${batch.id}/print`}>
            {t('lines.print')}
          </Link>
        </li>
      </ul>
      {/* Lines from the township's spreadsheet, while the batch can still change. */}
      {canEdit && (
        <div>
          <ImportButton batch={batch} />
        </div>
      )}
      <BatchHeader
        batch={batch}
        isEditable={canEdit}
        findingErrors={headerFindings}
        editRequest={headerRequest}
      />
      <SubmitPanel
        batch={batch}
        lineCount={lines.length}
        actor={actor}
        hasReviewerActed={hasReviewerActed}
        findings={findings}
        onScan={runScan}
        onGoTo={goTo}
      />
      <BatchTotals totals={totals} unit={batch.unit} />
      {canEdit && editor === null && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDeleting(null);
              setEditor({ mode: 'add' });
            }}
          >
            {t('lines.list.add')}
          </button>
        </p>
      )}
      {canEdit && editor && (
        <LineForm
          // A new key per line: the form starts from that line's values.
          key={editor.mode === 'edit' ? `${editor.line.id}:${editor.focusField ?? ''}` : 'add'}
          batchId={batch.id}
          unit={batch.unit}
          line={editor.mode === 'edit' ? editor.line : undefined}
          findingErrors={editor.mode === 'edit' ? lineFindingErrors(editor.line) : undefined}
          focusField={editor.mode === 'edit' ? editor.focusField : undefined}
          onDone={() => setEditor(null)}
        />
      )}
      {canEdit && deleting && (
        <DeleteLineConfirm
          key={deleting.id}
          line={deleting}
          onDone={(name) => {
            setDeleting(null);
            setDeletedName(name);
          }}
        />
      )}
      <p className="text-success" role="status">
        {deletedName && t('lines.delete.deleted', { name: deletedName })}
      </p>
      <LinesSection
        lines={lines}
        groups={groups}
        isEditable={canEdit}
        findingLineIds={findingLineIds}
        onEdit={onEdit}
        onDelete={onDelete}
      />
    </>
  );
}
