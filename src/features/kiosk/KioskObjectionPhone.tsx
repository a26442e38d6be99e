import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DigitKeypad } from './DigitKeypad';
import { appendDigit, groupMobileDigits } from './kiosk-objection';

interface KioskObjectionPhoneProps {
  digits: string;
  onDigitsChange: (digits: string) => void;
  /** set when 下一步 was tapped with a number that is not a valid mobile number */
  isInvalid: boolean;
  onNext: () => void;
  onSkip: () => void;
  onBack: () => void;
  /** the step's heading, which takes the focus when the step opens */
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The optional call-back number, tapped on the digit keypad and shown grouped as
 * 138 1234 5678 so the resident can check it against the number they know by heart. It
 * lives only in the screen's memory until it is sent: never stored on the kiosk.
 */
export function KioskObjectionPhone({
  digits,
  onDigitsChange,
  isInvalid,
  onNext,
  onSkip,
  onBack,
  headingRef,
}: KioskObjectionPhoneProps) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-objection__step">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('kioskView.objection.phone.heading')}
      </h3>
      <p>{t('kioskView.objection.phone.hint')}</p>
      <div className="kiosk-lookup__query">
        <span id="kiosk-phone-label">{t('kioskView.objection.phone.typed')}</span>
        <output aria-labelledby="kiosk-phone-label" className="kiosk-objection__phone">
          {digits === '' ? t('kioskView.lookup.nothingTyped') : groupMobileDigits(digits)}
        </output>
      </div>
      <DigitKeypad
        onDigit={(digit) => onDigitsChange(appendDigit(digits, digit))}
        onBackspace={() => onDigitsChange(digits.slice(0, -1))}
        onClear={() => onDigitsChange('')}
      />
      <p role="status" className={isInvalid ? 'kiosk-objection__problem' : undefined}>
        {isInvalid
          ? t('kioskView.objection.phone.invalid')
          : t('kioskView.objection.phone.count', { count: digits.length })}
      </p>
      <div className="kiosk-objection__actions">
        <button type="button" className="button kiosk-nav-button" onClick={onNext}>
          {t('kioskView.objection.next')}
        </button>
        <button
          type="button"
          className="button button--secondary kiosk-nav-button"
          onClick={onSkip}
        >
          {t('kioskView.objection.phone.skip')}
        </button>
        <button
          type="button"
          className="button button--secondary kiosk-nav-button"
          onClick={onBack}
        >
          {t('kioskView.objection.previous')}
        </button>
      </div>
    </div>
  );
}
