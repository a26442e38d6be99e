// What the demo contains: the subsidy items paid in the demo villages (rates as printed
// on a county notice), the state each batch ends up in, and one notice of every kind and
// state. Plain data; demo-content.ts turns it into records.
import type { NoticeCategory } from '../../domain/notice';
import type { ReviewState } from '../../domain/review';
import type { DemoVillage } from './demo-content';
import type { Household } from './demo-people';

/** Where an item ended up: its state, and for a returned draft the reason given. */
export interface Outcome {
  state: ReviewState;
  returned?: string;
}

export interface SubsidyItem {
  item: string;
  basis: string;
  rateText: string;
  rateFen: number;
  unit: string;
  department: string;
  paidOn: string;
  /** quantity in hundredths for a household, or null when it does not receive this item */
  quantity(household: Household, random: () => number): number | null;
}

export function subsidyItems(year: number): SubsidyItem[] {
  return [
    {
      item: '耕地地力保护补贴',
      basis: `赣财农〔${year}〕12号`,
      rateText: '107.5元/亩',
      rateFen: 10750,
      unit: '亩',
      department: '石城县财政局',
      paidOn: `${year}-06-28`,
      quantity: (h) => h.landCenti,
    },
    {
      item: '稻谷目标价格补贴',
      basis: `赣财建〔${year}〕41号`,
      rateText: '38元/亩',
      rateFen: 3800,
      unit: '亩',
      department: '石城县农业农村局',
      paidOn: `${year}-09-20`,
      quantity: (h, random) =>
        random() < 0.7 ? Math.max(50, Math.round(h.landCenti * (0.5 + random() / 2))) : null,
    },
    {
      item: '生态公益林补偿',
      basis: `赣林规〔${year}〕3号`,
      rateText: '21.5元/亩',
      rateFen: 2150,
      unit: '亩',
      department: '石城县林业局',
      paidOn: `${year}-10-15`,
      quantity: (h) => (h.forestCenti > 0 ? h.forestCenti : null),
    },
    {
      item: '高龄津贴',
      basis: `石民字〔${year}〕8号`,
      rateText: '600元/人·年',
      rateFen: 60000,
      unit: '人',
      department: '石城县民政局',
      paidOn: `${year}-11-10`,
      quantity: (h) => (Number(h.birthDate.slice(0, 4)) <= year - 80 ? 100 : null),
    },
  ];
}

/** Per village, the state each subsidy item's batch is in (same order as subsidyItems). */
export const BATCH_OUTCOMES: Outcome[][] = [
  [{ state: 'published' }, { state: 'checked' }, { state: 'submitted' }, { state: 'draft' }],
  [
    { state: 'published' },
    { state: 'submitted' },
    { state: 'draft', returned: '第五组有两户面积与确权面积不符，请核实后重新提交。' },
    { state: 'draft' },
  ],
];

export interface NoticeSeed {
  category: NoticeCategory;
  type: string;
  title: (year: number, village: DemoVillage) => string;
  body: string;
  outcome: Outcome;
}

export const NOTICES: NoticeSeed[] = [
  {
    category: 'party',
    type: 'party-dues',
    outcome: { state: 'published' },
    title: (y) => `${y}年第三季度党费收缴使用情况公开`,
    body: '一、本季度应交党费 1,260.00 元，实交 1,260.00 元。\n二、上缴镇党委 1,260.00 元，无留存使用。\n如有疑问，请向村党支部反映。',
  },
  {
    category: 'village',
    type: 'subsidy-policy',
    outcome: { state: 'published' },
    title: (y) => `${y}年耕地地力保护补贴政策及申报指南`,
    body: '政策依据：赣财农文件。\n补贴对象：拥有耕地承包权的种地农民。\n补贴标准：每亩 107.5 元。\n办理程序：由村民小组核实面积，村委会汇总公示后报镇审核。\n政策解读：补贴直接发放到一卡通，撂荒地和已改变用途的耕地不予补贴。',
  },
  {
    category: 'village',
    type: 'assembly-resolution',
    outcome: { state: 'checked' },
    title: () => '关于村内道路硬化项目的村民代表会议决议公开',
    body: '经村民代表会议讨论，同意实施第三组至第五组通组道路硬化，长 1.2 公里，预算 36 万元，资金来源为上级项目资金和村集体经营收入。\n应到代表 31 人，实到 28 人，同意 27 人。',
  },
  {
    category: 'finance',
    type: 'finance-statement',
    outcome: { state: 'submitted' },
    title: (y) => `${y}年10月财务收支公开`,
    body: '一、本月收入：上级转移支付 35,000.00 元，村集体经营收入 4,200.00 元，合计 39,200.00 元。\n二、本月支出：村干部误工补贴 12,600.00 元，办公费 1,850.50 元，道路维修 8,400.00 元，合计 22,850.50 元。',
  },
  {
    category: 'party',
    type: 'party-member-development',
    outcome: { state: 'draft' },
    title: () => '发展党员公示',
    body: '经支部委员会研究，拟将两名同志列为发展对象，现予公示。公示期间如有意见，请向村党支部或镇党委组织委员反映。',
  },
  {
    category: 'finance',
    type: 'finance-statement',
    outcome: { state: 'draft', returned: '支出明细缺少办公费的凭证编号，请补充后重新提交。' },
    title: (y) => `${y}年9月财务收支公开`,
    body: '一、本月收入：村集体经营收入 3,900.00 元。\n二、本月支出：办公费 1,120.00 元，水电费 486.30 元。',
  },
];
