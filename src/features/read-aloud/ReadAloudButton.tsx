import { useTranslation } from 'react-i18next';
import { toSpeechSentences } from './speech-text';
import { useReadAloud } from './useReadAloud';

interface ReadAloudButtonProps {
  /** the on-screen text to read, in order (title, status, body …); made safe before speaking */
  parts: () => string[];
  /** what is read, for the button's accessible name: "朗读：<label>" */
  label: string;
}

/**
 * 朗读 / 停止 for one notice or summary. Nothing is spoken without a tap. On a device
 * without speech the button says so instead of failing silently.
 */
export function ReadAloudButton({ parts, label }: ReadAloudButtonProps) {
  const { t } = useTranslation();
  const { isAvailable, isSpeaking, toggle } = useReadAloud();
  if (!isAvailable) {
    return (
      <button type="button" className="button read-aloud" aria-disabled="true">
        {t('readAloud.unavailable')}
      </button>
    );
  }
  return (
    <button
      type="button"
      className="button read-aloud"
      aria-label={t(isSpeaking ? 'readAloud.stopLabel' : 'readAloud.startLabel', { label })}
      onClick={() => toggle(() => toSpeechSentences(...parts()))}
    >
      {t(isSpeaking ? 'readAloud.stop' : 'readAloud.start')}
    </button>
  );
}
