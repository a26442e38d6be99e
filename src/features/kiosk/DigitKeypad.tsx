import { useTranslation } from 'react-i18next';

/** Laid out as on a telephone, the keypad older residents know best. */
const ROWS = ['123', '456', '789'];

interface DigitKeypadProps {
  onDigit: (digit: string) => void;
  onBackspace: () => void;
  onClear: () => void;
}

/**
 * Digits for a call-back number on a screen with no keyboard: big keys in the telephone
 * layout, with 删除一个 and 全部清除 beside the 0 where a phone has * and #.
 */
export function DigitKeypad({ onDigit, onBackspace, onClear }: DigitKeypadProps) {
  const { t } = useTranslation();
  const key = (digit: string) => (
    <button
      key={digit}
      type="button"
      className="keypad__key keypad__key--digit"
      onClick={() => onDigit(digit)}
    >
      {digit}
    </button>
  );
  return (
    <div
      className="keypad keypad--digits"
      role="group"
      aria-label={t('kioskView.objection.phone.keypad')}
    >
      {ROWS.map((row) => (
        <div className="keypad__row" key={row}>
          {row.split('').map(key)}
        </div>
      ))}
      <div className="keypad__row">
        <button type="button" className="keypad__key keypad__key--digit" onClick={onBackspace}>
          {t('kioskView.lookup.backspace')}
        </button>
        {key('0')}
        <button type="button" className="keypad__key keypad__key--digit" onClick={onClear}>
          {t('kioskView.lookup.clear')}
        </button>
      </div>
    </div>
  );
}
