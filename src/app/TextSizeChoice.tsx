import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisplaySettings } from '../ui/display-settings-context';
import { TEXT_SIZES } from '../ui/tokens';

/** 字号: three sizes as radios, each label shown at its own size so the choice is obvious. */
export function TextSizeChoice() {
  const { t } = useTranslation();
  const { textSize, setTextSize } = useDisplaySettings();
  const name = useId();
  const labelId = useId();
  return (
    <div className="setting" role="radiogroup" aria-labelledby={labelId}>
      <span className="setting__label" id={labelId}>
        {t('settings.textSize')}
      </span>
      <div className="radios">
        {TEXT_SIZES.map((size) => (
          <label key={size} className={`radio radio--${size}`}>
            <input
              type="radio"
              name={name}
              value={size}
              checked={textSize === size}
              onChange={() => setTextSize(size)}
            />
            <span>{t(`settings.textSizes.${size}`)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
