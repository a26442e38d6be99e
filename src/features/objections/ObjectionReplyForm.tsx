import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OBJECTION_REPLY_MAX_CHARS, OBJECTION_REPLY_MIN_CHARS } from '../../domain/objection';
import type { FindingKind } from '../../domain/privacy-scan';
import { isApiError } from '../../sync';

interface ObjectionReplyFormProps {
  /** names the objection for screen readers, e.g. "2025-11-20 提出的异议" */
  objectionLabel: string;
  /** publishes the reply; rejects with the server's ApiError */
  onSubmit: (text: string) => Promise<void>;
}

interface FindingPlace {
  kind: FindingKind;
  start: number;
  end: number;
}

type Failure =
  | { key: 'personalData'; findings: FindingPlace[] }
  | {
      key: 'tooShort' | 'alreadyAnswered' | 'notAllowed' | 'offline' | 'failed';
    };

function findingsOf(body: unknown): FindingPlace[] {
  const findings = (body as { findings?: unknown } | null)?.findings;
  return Array.isArray(findings) ? (findings as FindingPlace[]) : [];
}

function failureOf(error: unknown): Failure {
  const code = isApiError(error) ? error.code : 'unknown';
  if (code === 'personal-data-found' && isApiError(error)) {
    return { key: 'personalData', findings: findingsOf(error.body) };
  }
  if (code === 'invalid') return { key: 'tooShort' };
  if (code === 'wrong-state') return { key: 'alreadyAnswered' };
  if (code === 'wrong-role' || code === 'out-of-scope') return { key: 'notAllowed' };
  if (code === 'offline' || code === 'timeout') return { key: 'offline' };
  return { key: 'failed' };
}

/**
 * The cadre's reply to one objection. The server scans it for personal numbers before
 * it is published under the notice; a refusal lists each place by character position,
 * counted from 1 as a person counts, so the cadre can find and remove it.
 */
export function ObjectionReplyForm({ objectionLabel, onSubmit }: ObjectionReplyFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [isSending, setSending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A second tap while the first is on its way must not publish twice.
    if (isSending) return;
    const reply = text.trim();
    if (reply.length < OBJECTION_REPLY_MIN_CHARS) {
      setFailure({ key: 'tooShort' });
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      await onSubmit(reply);
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className="objection-reply"
      aria-label={objectionLabel}
      onSubmit={(event) => void submit(event)}
    >
      <div className="field">
        <label htmlFor={id} className="field__label">
          {t('objections.reply.label')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('objections.reply.hint')}
        </p>
        <textarea
          id={id}
          className="field__input"
          aria-describedby={`${id}-hint`}
          aria-invalid={failure?.key === 'personalData' || failure?.key === 'tooShort'}
          rows={4}
          maxLength={OBJECTION_REPLY_MAX_CHARS}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="submit" className="button" aria-disabled={isSending}>
        {t(isSending ? 'objections.reply.sending' : 'objections.reply.submit')}
      </button>
      <div role="status">
        {failure?.key === 'personalData' && (
          <>
            <p>{t('objections.reply.personalData')}</p>
            <ul>
              {failure.findings.map((f) => (
                <li key={`${f.start}-${f.end}`}>
                  {t('objections.reply.finding', {
                    start: f.start + 1,
                    end: f.end,
                    kind: t(`objections.findingKind.${f.kind}`),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {failure && failure.key !== 'personalData' && <p>{t(`objections.reply.${failure.key}`)}</p>}
      </div>
    </form>
  );
}
