// The columns an imported payout sheet can carry and the header names township finance
// offices actually use for them (姓名 / 户主姓名 / 农户姓名 …). A header is compared after
// width normalisation, with spaces and a bracketed unit such as （亩） or (元/亩) removed,
// so "补贴面积（亩）" and "补 贴 面 积(亩)" are both the quantity column.
// Owns recognition of single header cells; which row is the header is header-detection.ts.
import { normalizeWidth, stripSpaces } from '../text';

/** Line fields a column can feed. */
export const IMPORT_FIELDS = [
  'group',
  'name',
  'idNumber',
  'account',
  'quantity',
  'rate',
  'amount',
  'remark',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What a column is used for: a field, or known to carry nothing we import (序号, 签字 …). */
export type ColumnUse = ImportField | 'ignore';

/** Header names per field, already in normalised form (see normalizeHeader). */
export const HEADER_ALIASES: Readonly<Record<ColumnUse, readonly string[]>> = {
  group: ['组别', '村民小组', '小组', '组', '村组', '组名', '所属组', '所在组', '村小组'],
  name: [
    '姓名',
    '户主姓名',
    '农户姓名',
    '户主',
    '户名',
    '户主名称',
    '收款人',
    '收款人姓名',
    '领取人',
    '领取人姓名',
    '补贴对象',
    '补贴对象姓名',
    '享受人姓名',
  ],
  idNumber: [
    '身份证号',
    '身份证号码',
    '证件号码',
    '证件号',
    '身份证',
    '公民身份号码',
    '身份证件号码',
    '户主身份证号',
    '户主身份证号码',
  ],
  account: [
    '一卡通账号',
    '一卡通帐号',
    '一卡通号',
    '一卡通卡号',
    '一卡通',
    '银行卡号',
    '银行账号',
    '银行帐号',
    '社保卡号',
    '社会保障卡号',
    '账号',
    '帐号',
    '卡号',
    '存折号',
    '惠农一卡通账号',
  ],
  quantity: [
    '面积',
    '补贴面积',
    '计税面积',
    '亩数',
    '数量',
    '补贴数量',
    '种植面积',
    '承包面积',
    '确权面积',
    '实种面积',
  ],
  rate: ['标准', '补贴标准', '补助标准', '单价', '每亩补贴', '发放标准'],
  amount: ['金额', '补贴金额', '发放金额', '应发金额', '实发金额', '补助金额', '补贴资金'],
  remark: ['备注', '说明'],
  ignore: [
    '序号',
    '编号',
    '联系电话',
    '电话',
    '手机号',
    '手机号码',
    '家庭住址',
    '住址',
    '性别',
    '年龄',
    '签名',
    '签字',
    '领取人签字',
    '户主签字',
    '签章',
  ],
};

const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g;

/** "补贴面积（亩）" → "补贴面积"; full-width forms to ASCII, no spaces, no bracketed unit. */
export function normalizeHeader(raw: string): string {
  return stripSpaces(normalizeWidth(raw))
    .replace(BRACKETED, '')
    .replace(/[:：*＊]+$/, '');
}

const LOOKUP: ReadonlyMap<string, ColumnUse> = new Map(
  (Object.entries(HEADER_ALIASES) as [ColumnUse, readonly string[]][]).flatMap(([use, names]) =>
    names.map((name) => [name, use] as const),
  ),
);

/** The use of a header cell, or null when it is not a name we know. */
export function recognizeHeader(raw: string): ColumnUse | null {
  const key = normalizeHeader(raw);
  return key === '' ? null : (LOOKUP.get(key) ?? null);
}
