// What may be spoken is decided in the domain (pure, unit-tested there); the read-aloud
// feature imports it from here so its parts sit together.
export { toSpeechSentences } from '../../domain/speech-text';
