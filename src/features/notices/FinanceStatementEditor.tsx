import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { statementTotals } from '../../domain/finance-statement';
import { formatFen } from '../../domain/money';
import { uuidv7 } from '../../domain/uuid';
import { draftStatement, type LineDraft, type LineError, type StatementDraft } from './notice-form';

type Side = 'income' | 'expense';

interface Props {
  statement: StatementDraft;
  onChange: (next: StatementDraft) => void;
  errors: Record<string, LineError> | undefined;
}

function LineRow({
  line,
  index,
  side,
  error,
  onChange,
  onRemove,
}: {
  line: LineDraft;
  index: number;
  side: Side;
  error: LineError | undefined;
  onChange: (line: LineDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const number = index + 1;
  return (
    <li className="statement__line">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-label`}>
          {t(`notices.statement.${side}LineLabel`, { number })}
        </label>
        <input
          id={`${id}-label`}
          className="field__input"
          value={line.label}
          aria-invalid={error === 'label-required' ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ ...line, label: e.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-amount`}>
          {t(`notices.statement.${side}LineAmount`, { number })}
        </label>
        <input
          id={`${id}-amount`}
          className="field__input field__input--short"
          inputMode="decimal"
          value={line.amountText}
          aria-invalid={error && error !== 'label-required' ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ ...line, amountText: e.target.value })}
        />
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {t(`notices.statement.lineError.${error}`)}
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={onRemove}>
        {t('notices.statement.removeLine', { number })}
      </button>
    </li>
  );
}

/**
 * Income and expense lines of a 财务收支 statement, amounts typed in 元 and kept exactly
 * in 分; the totals and the balance are computed as the cadre types, never entered, so
 * the published sums always match the lines.
 */
export function FinanceStatementEditor({ statement, onChange, errors }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const totals = statementTotals(draftStatement(statement));

  const setSide = (side: Side, lines: LineDraft[]) => onChange({ ...statement, [side]: lines });

  return (
    <fieldset className="statement">
      <legend id={headingId}>{t('notices.statement.heading')}</legend>
      <p className="field__hint">{t('notices.statement.hint')}</p>
      {(['income', 'expense'] as const).map((side) => (
        <div key={side}>
          <h3>{t(`notices.statement.${side}`)}</h3>
          <ol className="statement__lines">
            {statement[side].map((line, index) => (
              <LineRow
                key={line.id}
                line={line}
                index={index}
                side={side}
                error={errors?.[line.id]}
                onChange={(changed) =>
                  setSide(
                    side,
                    statement[side].map((l) => (l.id === changed.id ? changed : l)),
                  )
                }
                onRemove={() =>
                  setSide(
                    side,
                    statement[side].filter((l) => l.id !== line.id),
                  )
                }
              />
            ))}
          </ol>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              setSide(side, [...statement[side], { id: uuidv7(), label: '', amountText: '' }])
            }
          >
            {t(`notices.statement.add.${side}`)}
          </button>
        </div>
      ))}
      <dl className="statement__totals" aria-live="polite">
        <div>
          <dt>{t('notices.statement.incomeTotal')}</dt>
          <dd>{t('notices.statement.yuan', { amount: formatFen(totals.incomeFen) })}</dd>
        </div>
        <div>
          <dt>{t('notices.statement.expenseTotal')}</dt>
          <dd>{t('notices.statement.yuan', { amount: formatFen(totals.expenseFen) })}</dd>
        </div>
        <div>
          <dt>{t('notices.statement.balance')}</dt>
          <dd>{t('notices.statement.yuan', { amount: formatFen(totals.balanceFen) })}</dd>
        </div>
      </dl>
    </fieldset>
  );
}
