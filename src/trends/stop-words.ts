// The default stop list for top terms: words every work report uses (工作, 推进, 加强 …) that say
// nothing about a report's subject. A user edits the list in the app; this is where it starts.

export const DEFAULT_STOP_WORDS: readonly string[] = [
  '工作', '全面', '进一步', '推进', '推动', '加强', '开展', '坚持', '深入', '积极', '不断', '持续', '进行',
  '我们', '各位', '同志', '以及', '一个', '通过', '围绕', '提升', '实施', '落实', '着力', '切实', '扎实',
  '认真', '充分', '努力', '取得', '组织', '完成', '建设', '发挥', '作用', '提高', '重要', '重点', '工作报告',
  '今年', '去年', '全年', '一年', '过去', '当前', '新的', '更加', '主要', '有效', '有力', '稳步', '进一步加强',
  '常委会', '人民', '政府', '政协', '人大', '委员', '代表', '全市', '全区', '全县', '市委', '区委', '县委',
];

/** Characters a term may not begin or end with: particles, pronouns, measure and date words. */
export const EDGE_STOP_CHARS = new Set([...'的了和与及等在是为对把被将并也都而以之其中上下年月日个些这那我们你他她它有要于从向就所各着']);

/** A stop list typed by a user: one entry per line, comma or space; folded to simplified forms elsewhere. */
export function parseStopList(raw: string): string[] {
  return [...new Set(raw.split(/[\s,，、;；]+/).map((w) => w.trim()).filter(Boolean))];
}
