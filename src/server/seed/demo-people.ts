// Made-up households for the demo villages: common Gannan surnames (a few compound ones),
// plain given names, groups 第一组…第八组, check-digit-valid fictitious ID numbers with the
// county's prefix and Luhn-valid fictitious 一卡通 accounts. Deterministic (seeded PRNG),
// so every fresh demo database holds the same people. No real person's data.
import { makeFakeBankAccount, makeFakeIdNumber } from '../../domain/fixtures-id';

/** Surname → pinyin; weighted by repetition, as 赖 温 黄 are very common around 石城. */
const SURNAMES: readonly (readonly [string, string])[] = [
  ['赖', 'lai'],
  ['赖', 'lai'],
  ['温', 'wen'],
  ['温', 'wen'],
  ['黄', 'huang'],
  ['黄', 'huang'],
  ['陈', 'chen'],
  ['陈', 'chen'],
  ['李', 'li'],
  ['刘', 'liu'],
  ['曾', 'zeng'],
  ['罗', 'luo'],
  ['熊', 'xiong'],
  ['邱', 'qiu'],
  ['廖', 'liao'],
  ['张', 'zhang'],
  ['王', 'wang'],
  ['钟', 'zhong'],
  ['朱', 'zhu'],
  ['许', 'xu'],
  ['杨', 'yang'],
  ['吴', 'wu'],
  ['谢', 'xie'],
  ['邓', 'deng'],
  ['傅', 'fu'],
  ['郭', 'guo'],
  ['肖', 'xiao'],
  ['欧阳', 'ou yang'],
  ['上官', 'shang guan'],
  ['司马', 'si ma'],
];

const GIVEN: readonly (readonly [string, string])[] = [
  ['国', 'guo'],
  ['华', 'hua'],
  ['春', 'chun'],
  ['生', 'sheng'],
  ['桂', 'gui'],
  ['英', 'ying'],
  ['秀', 'xiu'],
  ['兰', 'lan'],
  ['建', 'jian'],
  ['平', 'ping'],
  ['明', 'ming'],
  ['金', 'jin'],
  ['冬', 'dong'],
  ['梅', 'mei'],
  ['水', 'shui'],
  ['根', 'gen'],
  ['福', 'fu'],
  ['林', 'lin'],
  ['荣', 'rong'],
  ['海', 'hai'],
  ['文', 'wen'],
  ['军', 'jun'],
  ['志', 'zhi'],
  ['强', 'qiang'],
  ['玉', 'yu'],
  ['珍', 'zhen'],
  ['发', 'fa'],
  ['有', 'you'],
  ['清', 'qing'],
  ['祥', 'xiang'],
  ['德', 'de'],
  ['远', 'yuan'],
  ['丽', 'li'],
  ['红', 'hong'],
  ['小', 'xiao'],
  ['勇', 'yong'],
];

export const GROUPS = [
  '第一组',
  '第二组',
  '第三组',
  '第四组',
  '第五组',
  '第六组',
  '第七组',
  '第八组',
];

/** mulberry32: a tiny seeded PRNG, enough for reproducible demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export interface Household {
  name: string;
  /** "zeng guo hua|zgh": full pinyin and initials, as the kiosk search expects */
  namePinyin: string;
  group: string;
  idNumber: string;
  account: string;
  birthDate: string;
  /** contracted farmland, hundredths of 亩 */
  landCenti: number;
  /** ecological forest, hundredths of 亩; 0 for most households */
  forestCenti: number;
}

function makeName(random: () => number): { name: string; namePinyin: string } {
  const surname = pick(random, SURNAMES);
  const parts = [surname, pick(random, GIVEN)];
  if (random() < 0.7) parts.push(pick(random, GIVEN));
  const syllables = parts.flatMap(([, pinyin]) => pinyin.split(' '));
  return {
    name: parts.map(([chars]) => chars).join(''),
    namePinyin: `${syllables.join(' ')}|${syllables.map((s) => s[0]).join('')}`,
  };
}

function birthDate(random: () => number, minYear: number, maxYear: number): string {
  const year = minYear + Math.floor(random() * (maxYear - minYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `count` households of one village; `villageIndex` keeps IDs and accounts distinct. */
export function makeHouseholds(
  villageIndex: number,
  count: number,
  countyCode: string,
): Household[] {
  const random = seededRandom(20250101 + villageIndex);
  const households: Household[] = [];
  for (let i = 0; i < count; i++) {
    const born = birthDate(random, 1938, 1992);
    households.push({
      ...makeName(random),
      group: GROUPS[Math.min(GROUPS.length - 1, Math.floor((i * GROUPS.length) / count))] as string,
      // seq 0-999 with odd/even for sex; distinct per household within the county demo
      idNumber: makeFakeIdNumber(countyCode, born, (villageIndex * 400 + i) % 1000),
      account: makeFakeBankAccount(villageIndex * 10_000 + i + 1),
      birthDate: born,
      landCenti: 80 + Math.floor(random() * 870),
      forestCenti: random() < 0.35 ? 500 + Math.floor(random() * 7500) : 0,
    });
  }
  return households;
}
