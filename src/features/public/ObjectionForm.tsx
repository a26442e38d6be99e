import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicObjection } from '../../domain/objection';
import {
  isMobileNumber,
  OBJECTION_MAX_CHARS,
  OBJECTION_MIN_CHARS,
} from '../../domain/objection-limits';
import { isApiError } from '../../sync/api-client';
import { raiseObjection } from '../../sync/public-api';

interface ObjectionFormProps {
  villageCode: string;
  itemKind: 'batch' | 'notice';
  itemId: string;
  itemTitle: string;
  /**
   * one line of the batch the objection is about; the form is then open from the start,
   * since the resident already chose the line with its own button
   */
  lineId?: string;
}

type FailureKey =
  | 'publicView.objection.personalData'
  | 'publicView.objection.periodOver'
  | 'publicView.objection.tooMany'
  | 'publicView.objection.tooShort'
  | 'publicView.objection.badPhone'
  | 'publicView.objection.offline'
  | 'publicView.objection.failed';

type Outcome =
  { kind: 'sent'; objection: PublicObjection } | { kind: 'failed'; messageKey: FailureKey };

function failureKey(error: unknown): FailureKey {
  const code = isApiError(error) ? error.code : 'unknown';
  if (code === 'personal-data-found') return 'publicView.objection.personalData';
  if (code === 'wrong-state') return 'publicView.objection.periodOver';
  if (code === 'rate-limited') return 'publicView.objection.tooMany';
  if (code === 'invalid') return 'publicView.objection.tooShort';
  if (code === 'offline' || code === 'timeout') return 'publicView.objection.offline';
  return 'publicView.objection.failed';
}

/**
 * 提出异议 under an item in its notice period: a short text, no name or number asked for.
 * The answer gives a reference and the date the village must reply by.
 */
export function ObjectionForm({
  villageCode,
  itemKind,
  itemId,
  itemTitle,
  lineId,
}: ObjectionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isOpen, setOpen] = useState(lineId !== undefined);
  const [text, setText] = useState('');
  const [phone, setPhone] = useState('');
  const [isSending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // One tap sends once: an elderly hand often taps twice.
    if (isSending) return;
    if (text.trim().length < OBJECTION_MIN_CHARS) {
      setOutcome({ kind: 'failed', messageKey: 'publicView.objection.tooShort' });
      return;
    }
    // The call-back number is optional and kept apart from the text, which may be shown.
    const phoneDigits = phone.replace(/[\s-]/g, '');
    if (phoneDigits !== '' && !isMobileNumber(phoneDigits)) {
      setOutcome({ kind: 'failed', messageKey: 'publicView.objection.badPhone' });
      return;
    }
    setSending(true);
    try {
      const objection = await raiseObjection(villageCode, {
        itemKind,
        itemId,
        ...(lineId !== undefined ? { lineId } : {}),
        text: text.trim(),
        ...(phoneDigits ? { phone: phoneDigits } : {}),
      });
      setOutcome({ kind: 'sent', objection });
      setText('');
      setPhone('');
    } catch (error) {
      setOutcome({ kind: 'failed', messageKey: failureKey(error) });
    } finally {
      setSending(false);
    }
  };

  if (outcome?.kind === 'sent') {
    return (
      <p role="status" className="public-item__note">
        {t('publicView.objection.sent', {
          reference: outcome.objection.id.slice(-8),
          date: outcome.objection.replyDueOn,
        })}
      </p>
    );
  }
  return (
    <div className="objection">
      {/* Bound to a line, the form is already open where the line was chosen. */}
      {lineId === undefined && (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={isOpen}
          aria-label={t('publicView.objection.openLabel', { title: itemTitle })}
          onClick={() => setOpen((open) => !open)}
        >
          {t('publicView.objection.open')}
        </button>
      )}
      {isOpen && (
        <form onSubmit={(e) => void submit(e)} className="objection__form">
          <div className="field">
            <label htmlFor={id} className="field__label">
              {t('publicView.objection.label')}
            </label>
            <p id={`${id}-hint`} className="field__hint">
              {t('publicView.objection.hint')}
            </p>
            <textarea
              id={id}
              className="field__input"
              aria-describedby={`${id}-hint`}
              rows={4}
              maxLength={OBJECTION_MAX_CHARS}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-phone`} className="field__label">
              {t('publicView.objection.phoneLabel')}
            </label>
            <p id={`${id}-phone-hint`} className="field__hint">
              {t('publicView.objection.phoneHint')}
            </p>
            <input
              id={`${id}-phone`}
              className="field__input"
              type="tel"
              inputMode="numeric"
              autoComplete="tel"
              aria-describedby={`${id}-phone-hint`}
              maxLength={20}
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
            />
          </div>
          <button type="submit" className="button" aria-disabled={isSending}>
            {t(isSending ? 'publicView.objection.sending' : 'publicView.objection.submit')}
          </button>
          <div role="status">{outcome?.kind === 'failed' && <p>{t(outcome.messageKey)}</p>}</div>
        </form>
      )}
    </div>
  );
}
