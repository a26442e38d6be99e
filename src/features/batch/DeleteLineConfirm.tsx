import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data/database';
import type { PayoutLine } from '../../domain/payout';
import { loadLineCommands } from '../subsidies/lazy-line-commands';
import { commandErrorKey, type CommandErrorKey } from './command-error-key';

interface DeleteLineConfirmProps {
  line: PayoutLine;
  onDone: (deletedName: string | null) => void;
}

/**
 * Asks before deleting a household's line: one tap on 删除 in a long list is easy to do by
 * mistake, and a deleted line cannot be brought back. Focus moves here so the question
 * is read out, and back is one tap on 取消.
 */
export function DeleteLineConfirm({ line, onDone }: DeleteLineConfirmProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<CommandErrorKey | null>(null);
  const isBusy = useRef(false);

  useEffect(() => {
    loadLineCommands().catch(() => undefined);
    cancelRef.current?.focus();
  }, []);

  async function confirm() {
    if (isBusy.current) return;
    isBusy.current = true;
    setError(null);
    try {
      const { deleteLine } = await loadLineCommands();
      await deleteLine(getDatabase(), line.id);
      onDone(line.name);
    } catch (e) {
      setError(commandErrorKey(e));
    } finally {
      isBusy.current = false;
    }
  }

  return (
    <section role="group" aria-labelledby={questionId} className="batch-detail__panel">
      <p id={questionId}>{t('lines.delete.confirm', { name: line.name })}</p>
      <div className="batch-detail__actions">
        <button type="button" className="button" onClick={() => void confirm()}>
          {t('lines.delete.confirmButton')}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="button button--secondary"
          onClick={() => onDone(null)}
        >
          {t('lines.delete.cancel')}
        </button>
      </div>
      <div role="alert">{error && <p className="text-error">{t(error)}</p>}</div>
    </section>
  );
}
