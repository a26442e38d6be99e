import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMobileNumber } from '../../domain/objection-limits';
import type { PublicObjection } from '../../domain/objection';
import { isApiError } from '../../sync/api-client';
import { raiseObjection } from '../../sync/public-api';
import { groupMobileDigits, reasonsFor, type KioskObjectionReason } from './kiosk-objection';
import type { KioskObjectionTarget } from './kiosk-view';
import { KioskObjectionPhone } from './KioskObjectionPhone';
import { KioskObjectionSent } from './KioskObjectionSent';

interface KioskObjectionProps {
  villageCode: string;
  target: KioskObjectionTarget;
  /** what it is about, in words: the item's title, and the line when there is one */
  aboutText: string;
  /** the batch's supervision hotline, offered when the kiosk cannot reach the server */
  hotline: string | null;
}

type Step = 'reason' | 'phone' | 'summary' | 'sent';

type FailureKey =
  | 'kioskView.objection.failure.offlineHotline'
  | 'kioskView.objection.failure.offline'
  | 'kioskView.objection.failure.periodOver'
  | 'kioskView.objection.failure.tooMany'
  | 'kioskView.objection.failure.failed';

function failureKey(error: unknown, hasHotline: boolean): FailureKey {
  const code = isApiError(error) ? error.code : 'unknown';
  if (code === 'offline' || code === 'timeout') {
    return hasHotline
      ? 'kioskView.objection.failure.offlineHotline'
      : 'kioskView.objection.failure.offline';
  }
  if (code === 'wrong-state') return 'kioskView.objection.failure.periodOver';
  if (code === 'rate-limited') return 'kioskView.objection.failure.tooMany';
  return 'kioskView.objection.failure.failed';
}

/**
 * 提出异议 at the kiosk, for someone who cannot type: a reason picked from big tiles, an
 * optional call-back number on the digit keypad, a summary, 提交. Everything lives in this
 * component's state only, so the kiosk's idle reset (which leaves this view) forgets a
 * half-filled form, number included, and nothing private is ever written to the device.
 * The text sent is the chosen reason in the screen's language.
 */
export function KioskObjection({ villageCode, target, aboutText, hotline }: KioskObjectionProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('reason');
  const [reason, setReason] = useState<KioskObjectionReason | null>(null);
  const [digits, setDigits] = useState('');
  const [isPhoneInvalid, setPhoneInvalid] = useState(false);
  const [isSending, setSending] = useState(false);
  const [failure, setFailure] = useState<FailureKey | null>(null);
  const [sent, setSent] = useState<PublicObjection | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isFirstStep = useRef(true);

  // Each new step takes the focus to its heading, as a new kiosk screen does.
  useEffect(() => {
    if (isFirstStep.current) {
      isFirstStep.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const go = (next: Step) => {
    setFailure(null);
    setPhoneInvalid(false);
    setStep(next);
  };

  const reasonText = reason ? t(`kioskView.objection.reasons.${reason}`) : '';

  const submit = async () => {
    // One tap sends once: an elderly hand often taps twice.
    if (isSending || reason === null) return;
    setSending(true);
    setFailure(null);
    try {
      const objection = await raiseObjection(villageCode, {
        itemKind: target.itemKind,
        itemId: target.itemId,
        ...(target.lineId !== undefined ? { lineId: target.lineId } : {}),
        text: t('kioskView.objection.sentText', { reason: reasonText }),
        ...(digits !== '' ? { phone: digits } : {}),
      });
      setSent(objection);
      setDigits('');
      go('sent');
    } catch (error) {
      setFailure(failureKey(error, Boolean(hotline)));
    } finally {
      setSending(false);
    }
  };

  if (step === 'sent' && sent) {
    return <KioskObjectionSent objection={sent} headingRef={headingRef} />;
  }

  if (step === 'phone') {
    return (
      <KioskObjectionPhone
        digits={digits}
        onDigitsChange={(next) => {
          setDigits(next);
          setPhoneInvalid(false);
        }}
        isInvalid={isPhoneInvalid}
        onNext={() =>
          digits === '' || isMobileNumber(digits) ? go('summary') : setPhoneInvalid(true)
        }
        onSkip={() => {
          setDigits('');
          go('summary');
        }}
        onBack={() => go('reason')}
        headingRef={headingRef}
      />
    );
  }

  if (step === 'summary') {
    return (
      <div className="kiosk-objection__step">
        <h3 ref={headingRef} tabIndex={-1}>
          {t('kioskView.objection.summary.heading')}
        </h3>
        <dl className="public-facts kiosk-objection__summary">
          <div>
            <dt>{t('kioskView.objection.summary.about')}</dt>
            <dd>{aboutText}</dd>
          </div>
          <div>
            <dt>{t('kioskView.objection.summary.reason')}</dt>
            <dd>{reasonText}</dd>
          </div>
          <div>
            <dt>{t('kioskView.objection.summary.phone')}</dt>
            <dd>
              {digits === '' ? t('kioskView.objection.summary.noPhone') : groupMobileDigits(digits)}
            </dd>
          </div>
        </dl>
        {reason === 'other' && digits === '' && (
          <p>{t('kioskView.objection.summary.otherNoPhone')}</p>
        )}
        <div className="kiosk-objection__actions">
          <button
            type="button"
            className="button kiosk-objection__submit"
            aria-disabled={isSending}
            onClick={() => void submit()}
          >
            {t(isSending ? 'kioskView.objection.sending' : 'kioskView.objection.submit')}
          </button>
          <button
            type="button"
            className="button button--secondary kiosk-nav-button"
            onClick={() => go('reason')}
          >
            {t('kioskView.objection.summary.changeReason')}
          </button>
          <button
            type="button"
            className="button button--secondary kiosk-nav-button"
            onClick={() => go('phone')}
          >
            {t('kioskView.objection.summary.changePhone')}
          </button>
        </div>
        <div role="status" className="kiosk-objection__problem">
          {failure && <p>{t(failure, { hotline: hotline ?? '' })}</p>}
        </div>
      </div>
    );
  }

  return (
    <div className="kiosk-objection__step">
      <p className="kiosk-objection__about">
        {t('kioskView.objection.about', { about: aboutText })}
      </p>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('kioskView.objection.reasonHeading')}
      </h3>
      <ul className="kiosk-tiles kiosk-objection__reasons">
        {reasonsFor(target.itemKind).map((key) => (
          <li key={key}>
            <button
              type="button"
              className="kiosk-tile"
              aria-pressed={reason === key}
              onClick={() => {
                setReason(key);
                go('phone');
              }}
            >
              {t(`kioskView.objection.reasons.${key}`)}
            </button>
          </li>
        ))}
      </ul>
      <p>{t('kioskView.objection.privacy')}</p>
    </div>
  );
}
