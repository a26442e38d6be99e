import { useCallback, useEffect, useRef, useState } from 'react';
import { isSpeechAvailable, speakSentences, stopSpeaking } from './speech';

export interface ReadAloud {
  isAvailable: boolean;
  isSpeaking: boolean;
  /** start reading, or stop when already reading (one button does both) */
  toggle: (sentences: () => string[]) => void;
}

/**
 * Read-aloud state for one button. Leaving the screen (unmount) stops the voice, so
 * nothing keeps talking about a notice that is no longer shown.
 */
export function useReadAloud(): ReadAloud {
  const [isSpeaking, setSpeaking] = useState(false);
  const isSpeakingRef = useRef(false);
  const isAvailable = isSpeechAvailable();

  useEffect(
    () => () => {
      if (isSpeakingRef.current) stopSpeaking();
    },
    [],
  );

  const toggle = useCallback((sentences: () => string[]) => {
    if (isSpeakingRef.current) {
      stopSpeaking();
      return;
    }
    const done = () => {
      isSpeakingRef.current = false;
      setSpeaking(false);
    };
    isSpeakingRef.current = true;
    setSpeaking(true);
    if (!speakSentences(sentences(), done)) done();
  }, []);

  return { isAvailable, isSpeaking, toggle };
}
