import { useTranslation } from 'react-i18next';

const ROWS = ['abcdefg', 'hijklmn', 'opqrst', 'uvwxyz'];

interface OnScreenKeypadProps {
  onLetter: (letter: string) => void;
  onBackspace: () => void;
  onClear: () => void;
}

/**
 * Letters for pinyin initials on a screen with no keyboard, in alphabetical order (as
 * printed in school primers, easier to find than QWERTY for someone who never typed).
 */
export function OnScreenKeypad({ onLetter, onBackspace, onClear }: OnScreenKeypadProps) {
  const { t } = useTranslation();
  return (
    <div className="keypad" role="group" aria-label={t('kioskView.lookup.keypad')}>
      {ROWS.map((row) => (
        <div className="keypad__row" key={row}>
          {row.split('').map((letter) => (
            <button
              key={letter}
              type="button"
              className="keypad__key"
              onClick={() => onLetter(letter)}
            >
              {letter.toUpperCase()}
            </button>
          ))}
        </div>
      ))}
      <div className="keypad__row">
        <button type="button" className="keypad__key keypad__key--wide" onClick={onBackspace}>
          {t('kioskView.lookup.backspace')}
        </button>
        <button type="button" className="keypad__key keypad__key--wide" onClick={onClear}>
          {t('kioskView.lookup.clear')}
        </button>
      </div>
    </div>
  );
}
