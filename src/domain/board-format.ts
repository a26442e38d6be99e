// How the paper notice board writes a few things that are not money or masking: the
// order of 村民小组 (第一组 … 第十二组 by number, not by character), the short village
// name a notice title uses, and quantities (亩 with two decimals). Pure; shared by the
// print view and the Excel export.

/** 小松村委会 → 小松村, 城东社区居委会 → 城东社区: the name a notice title uses. */
export function boardVillageName(officialName: string): string {
  return officialName
    .replace(/村?(?:村民委员会|村委会)$/, '村')
    .replace(/(?:社区)?(?:居民委员会|居委会)$/, '社区');
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九十九 → number; null when the text is not a simple Chinese numeral. */
function chineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  if (!s.includes('十')) return s.length === 1 ? (CHINESE_DIGITS[s] ?? null) : null;
  const [tensText = '', onesText = ''] = s.split('十');
  const tens = tensText === '' ? 1 : CHINESE_DIGITS[tensText];
  const ones = onesText === '' ? 0 : CHINESE_DIGITS[onesText];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

/**
 * The number of a 村民小组 ("第三组" → 3, "第12组" → 12, "3组" → 3), or null. Sorting
 * the text would print 第一组, 第七组, 第三组 … in character order, which residents
 * scanning the board for their own group would not expect.
 */
export function groupNumber(group: string): number | null {
  const m = /^第?\s*([0-9０-９]+|[零〇一二两三四五六七八九十]+)\s*(?:村民)?小?组$/.exec(
    group.trim(),
  );
  if (!m?.[1]) return null;
  const digits = m[1].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(digits) ? Number(digits) : chineseNumeral(digits);
}

export function compareGroups(a: string, b: string): number {
  const na = groupNumber(a);
  const nb = groupNumber(b);
  if (na !== null && nb !== null) return na - nb;
  if (na !== null) return -1; // numbered groups first, then anything else by its text
  if (nb !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Land area (亩) keeps two decimals as measured; whole heads or persons print without. */
export function formatQuantity(quantityCenti: number, unit: string): string {
  const whole = Math.trunc(quantityCenti / 100);
  const cents = String(Math.abs(quantityCenti % 100)).padStart(2, '0');
  if (unit !== '亩' && cents === '00') return String(whole);
  return `${whole}.${cents}`;
}
