import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getDatabase } from '../data/database';
import { signOut } from '../sync/auth';

type Step = 'idle' | 'confirming' | 'signing-out' | 'failed';

/**
 * 退出登录. Signing out keeps every record and the outbox on the device; when some are
 * not synced yet the person is told so first (they are sent after the next sign-in), so
 * nobody signs out believing the township already has them.
 */
export function SignOutButton({ pendingCount }: { pendingCount: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('idle');
  const warningId = useId();
  // A double tap must not sign out twice (the second call would find no session).
  const isRunning = useRef(false);

  async function doSignOut() {
    if (isRunning.current) return;
    isRunning.current = true;
    setStep('signing-out');
    try {
      await signOut(getDatabase());
      setStep('idle');
      void navigate('/login');
    } catch {
      setStep('failed');
    } finally {
      isRunning.current = false;
    }
  }

  if (step === 'confirming') {
    return (
      <div className="sign-out__confirm">
        <p id={warningId} role="alert">
          {t('account.pendingWarning', { count: pendingCount })}
        </p>
        <div className="sign-out__actions">
          <button
            type="button"
            className="button"
            aria-describedby={warningId}
            onClick={() => void doSignOut()}
          >
            {t('account.confirmSignOut')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setStep('idle')}
          >
            {t('account.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={step === 'signing-out' || undefined}
        onClick={() => {
          if (step === 'signing-out') return;
          if (pendingCount > 0) setStep('confirming');
          else void doSignOut();
        }}
      >
        {step === 'signing-out' ? t('account.signingOut') : t('account.signOut')}
      </button>
      {step === 'failed' && (
        <p className="text-error" role="alert">
          {t('account.signOutFailed')}
        </p>
      )}
    </>
  );
}
