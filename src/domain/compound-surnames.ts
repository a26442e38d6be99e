// Two-character surnames (复姓) that masking and read-aloud keep together, so 欧阳明华
// shows as 欧阳** rather than 欧***. Left out on purpose: pairs whose first character is
// a common surname and whose second often starts a given name (乐正, 宗政, 谷梁, 段干),
// where 乐正华 is far more likely 乐 + 正华.
const LIST =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 ' +
  '百里 呼延 南宫 独孤 西门 第五 万俟 闻人 太史 澹台 公羊 赫连 濮阳 公冶 太叔 申屠 仲孙 ' +
  '鲜于 司空 闾丘 亓官 司寇 巫马 公西 颛孙 壤驷 公良 漆雕 宰父 拓跋 东郭 南门 羊舌 微生 ' +
  '梁丘 左丘 东门 子车 即墨 达奚 褚师';

export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(LIST.split(' '));
