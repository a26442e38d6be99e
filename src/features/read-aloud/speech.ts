// The one place that talks to the browser's speech synthesis. Plays a list of sentences
// one utterance at a time, each with lang zh-CN (Android Chrome ignores the document's
// language), the next started when the previous ends: long utterances are cut off after
// about 15 s on Android, and pause() there acts as stop, so only speak and cancel are used.
// One reading at a time in the whole app: starting another stops the first.

export const SPEECH_LANG = 'zh-CN';

export function isSpeechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

interface Reading {
  token: number;
  onDone: () => void;
}

let current: Reading | null = null;
let nextToken = 1;

/** Stops whatever is being read; its onDone runs. */
export function stopSpeaking(): void {
  const reading = current;
  current = null;
  if (isSpeechAvailable()) window.speechSynthesis.cancel();
  reading?.onDone();
}

/**
 * Reads `sentences` in order; onDone runs once, when the last one ends or the reading is
 * stopped. Returns false (and reads nothing) when the device has no speech.
 */
export function speakSentences(sentences: string[], onDone: () => void): boolean {
  if (!isSpeechAvailable()) return false;
  stopSpeaking();
  const token = nextToken++;
  current = { token, onDone };
  const synth = window.speechSynthesis;
  const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').startsWith('zh'));
  const speakAt = (index: number): void => {
    if (current?.token !== token) return;
    const text = sentences[index];
    if (text === undefined) {
      current = null;
      onDone();
      return;
    }
    const utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = SPEECH_LANG;
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9; // a little slower than default: older listeners
    utterance.onend = () => speakAt(index + 1);
    utterance.onerror = () => {
      if (current?.token === token) {
        current = null;
        onDone();
      }
    };
    synth.speak(utterance);
  };
  speakAt(0);
  return true;
}
