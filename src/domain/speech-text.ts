// Turns what is on screen into what the read-aloud voice may say (DOMAIN.md §5, §8):
// short sentences in reading order, money and dates in words a listener expects
// ("1,850.50 元" → "1850元5角", "2025-06-28" → "2025年6月28日"), masked names read as
// 某 (张*华 → 张某华), and never a digit of an ID number, a bank account or a mobile
// number, whole or masked. Pure and shared: it holds how zh-CN reads numbers aloud, so
// it lives in the domain; the speech wrapper (features/read-aloud) only plays the result.

/** A sentence longer than this is split again at commas: long utterances get cut off. */
const MAX_SENTENCE_CHARS = 60;

/** A run of digits and mask stars, with spaces or dashes inside, and an ID's final X. */
const NUMBER_RUN = /[0-9*＊∗](?:[0-9*＊∗ -]*[0-9*＊∗])?[Xx]?/g;
const STAR = /[*＊∗]/g;

function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * True for a run that is, or is part of, a personal number: any digits next to mask
 * stars (360735********1234, **** 1234, 138****5678), 13 or more digits (IDs and
 * accounts, also when typed in groups), a mobile number, or a long run of stars left
 * where a number was starred out.
 */
function isPersonalNumber(run: string): boolean {
  const digits = run.replace(/[^0-9]/g, '');
  const stars = run.replace(/[^*＊∗]/g, '').length;
  if (stars > 0 && digits.length > 0) return true;
  if (stars >= 4) return true;
  if (digits.length >= 13) return true;
  return /^1[3-9]\d{9}$/.test(digits);
}

function dropPersonalNumbers(text: string): string {
  return text.replace(NUMBER_RUN, (run) => (isPersonalNumber(run) ? '' : run));
}

function speakDates(text: string): string {
  return text.replace(
    /(\d{4})-(\d{1,2})-(\d{1,2})/g,
    (_m, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`,
  );
}

/** 1,850.50 元 → 1850元5角; 624.00元 → 624元; 0.05 元 → 5分. */
function speakMoney(text: string): string {
  return text.replace(
    /(\d[\d,]*)(?:\.(\d{1,2}))?\s*元/g,
    (_m, whole: string, decimals?: string) => {
      const yuan = whole.replace(/,/g, '');
      const [jiao = '0', fen = '0'] = (decimals ?? '').padEnd(2, '0').split('');
      let out = Number(yuan) > 0 || (jiao === '0' && fen === '0') ? `${Number(yuan)}元` : '';
      if (jiao !== '0') out += `${jiao}角`;
      if (fen !== '0') out += `${jiao === '0' && out !== '' ? '零' : ''}${fen}分`;
      return out;
    },
  );
}

/** Other numbers: no thousands separators, no trailing zeros (2.50 亩 → 2.5亩). */
function speakPlainNumbers(text: string): string {
  return text
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(\d+)\.(\d*?)0+(?!\d)/g, (_m, i: string, d: string) => (d ? `${i}.${d}` : i));
}

function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[。！？；!?;])|\n+/)) {
    const sentence = piece.trim();
    if (sentence === '') continue;
    if (sentence.length <= MAX_SENTENCE_CHARS) {
      out.push(sentence);
      continue;
    }
    let current = '';
    for (const part of sentence.split(/(?<=[，,、：:])/)) {
      if (current !== '' && current.length + part.length > MAX_SENTENCE_CHARS) {
        out.push(current.trim());
        current = '';
      }
      current += part;
    }
    if (current.trim() !== '') out.push(current.trim());
  }
  return out;
}

/** Only punctuation or spaces left once a number was dropped: nothing worth saying. */
function isSayable(sentence: string): boolean {
  return /[\p{L}\p{N}]/u.test(sentence);
}

/**
 * The utterances for some on-screen text, in order. Each piece of `parts` (a title, a
 * status line, a paragraph) ends a sentence of its own.
 */
export function toSpeechSentences(...parts: string[]): string[] {
  const sentences: string[] = [];
  for (const part of parts) {
    let text = toHalfWidthDigits(part);
    text = dropPersonalNumbers(text);
    text = speakDates(text);
    text = speakMoney(text);
    text = speakPlainNumbers(text);
    // 0797-5712345: a pause, not "减".
    text = text.replace(/(\d)-(?=\d)/g, '$1 ');
    // A masked name: each star is one hidden character, read 某 (张*华 → 张某华).
    text = text.replace(STAR, '某').replace(/[·•・‧]/g, ' ');
    for (const sentence of splitSentences(text)) {
      const clean = sentence.replace(/\s{2,}/g, ' ').replace(/[（(]\s*[)）]/g, '');
      if (isSayable(clean)) sentences.push(clean);
    }
  }
  return sentences;
}
