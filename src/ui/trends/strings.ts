// Strings of the figures and trends views in Chinese (default) and English, kept with the views so
// they load with them (lazily); same keys in both, checked by the type.
import { OTHER_GROUP } from '../../state/charts';
import { lang } from '../../state/settings';
import { planName, type PlanPeriod } from '../../state/trends';

const ordinal = (n: number) => `${n}${[11, 12, 13].includes(n % 100) ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

const zh = {
  figuresTitle: '数字汇总', trendsTitle: '词语趋势',
  figuresIntro: '报告库中解析出的所有数字，按类别归并；点击短语回到原文段落。',
  trendsIntro: '输入一个或多个词语（逗号分隔），按年份查看出现次数；繁简体一并统计。',
  loading: '正在计算…', preparing: (done: number, total: number) => `正在读取报告 ${done}/${total}…`,
  empty: '报告库是空的：先导入报告。', toLibrary: '去报告库导入', failed: '计算失败：',
  notFound: (n: number) => `${n} 份报告中都没有出现这些词语。`, reportCount: (n: number) => `${n} 份报告`,
  terms: '词语', termsPlaceholder: '如：数字化改革, 共同富裕', show: '查看',
  splitBy: '分组', splitNone: '不分组', splitBody: '按机构', splitLocality: '按地区',
  measure: '指标', perTenK: '每万字', count: '次数',
  chartTitle: (m: string) => `词语出现${m}（按年份）`, yCount: '次数', yPer10k: '次/万字',
  firstYear: '首次出现', never: '未出现', total: '合计', computedIn: (ms: number, n: number) => `在 ${n} 份报告中计算，用时 ${ms} 毫秒`,
  pointReports: (term: string, year: number, group: string) => `${year} 年 ${group} 含“${term}”的报告`,
  noReportsAtPoint: '该点没有含此词语的报告。',
  perReport: '各报告', report: '报告', year: '年份', locality: '地区', body: '机构', length: '字数', occurrences: '次数',
  saveCsv: '导出 CSV', saveSvg: '导出 SVG', savePng: '导出 PNG',
  topTerms: '高频词', scope: '范围', scopeAll: '整个报告库', scopeYear: (y: number) => `${y} 年的报告`, scopePeriod: (p: PlanPeriod) => `“${planName(p.number)}”时期（${p.from}–${p.to}）`, scopeReport: '所选报告',
  chooseReport: '选择报告', noReport: '（未选）', term: '词语', stopList: '停用词', stopHint: '每行或以逗号分隔一个词；这些词不计入高频词。',
  saveStop: '保存停用词', resetStop: '恢复默认', stopSaved: '已保存',
  similar: '相似报告', similarTo: '与所选报告最相似的报告', compareWith: '与所选报告并排比较', score: '相似度', reportLength: '报告长度',
  category: '类别', allCategories: '全部类别', unit: '单位', allUnits: '全部单位', filterText: '筛选', filterPlaceholder: '短语、报告或地区',
  sort: '排序', desc: '降序', section: '所在部分', phrase: '短语', value: '数值', modifier: '修饰',
  shown: (n: number, total: number) => `显示 ${n} / ${total} 个数字`, showMore: '显示更多',
  categoryChart: (c: string, u: string) => `“${c}”（${u}）按年份`, chooseCategory: '选择一个类别和单位以绘制图表。',
  chartNote: '每份报告取该类别中数值最大的一项，同组报告相加。',
  uncategorised: '未分类', noFigures: '没有符合条件的数字。', otherGroups: '其他',
  chartLabel: (title: string, names: string[]) => `${title}：${names.join('、')}`,
  /** The figure categories' names in this language; the Chinese names are the categories themselves. */
  categories: {} as Record<string, string>,
  body_: { cppcc: '政协', npc: '人大', government: '政府', party: '党委', other: '其他', all: '全部', '?': '未知' } as Record<string, string>,
};

type Strings = typeof zh;

const en: Strings = {
  figuresTitle: 'Figures', trendsTitle: 'Term trends',
  figuresIntro: 'Every figure parsed from the library, grouped into categories; click a phrase to open its paragraph.',
  trendsIntro: 'Type one or more terms (comma separated) to see how often they appear by year; simplified and traditional count alike.',
  loading: 'Computing…', preparing: (done: number, total: number) => `Reading reports ${done}/${total}…`,
  empty: 'The library is empty: import some reports first.', toLibrary: 'Go to the library to import', failed: 'Failed: ',
  notFound: (n: number) => `None of the ${n} reports contains these terms.`, reportCount: (n: number) => `${n} report${n === 1 ? '' : 's'}`,
  terms: 'Terms', termsPlaceholder: 'e.g. 数字化改革, 共同富裕', show: 'Show',
  splitBy: 'Split', splitNone: 'No split', splitBody: 'By body', splitLocality: 'By place',
  measure: 'Measure', perTenK: 'per 10,000 chars', count: 'occurrences',
  chartTitle: (m: string) => `Term ${m} by year`, yCount: 'occurrences', yPer10k: 'per 10k chars',
  firstYear: 'First appears', never: 'never', total: 'Total', computedIn: (ms: number, n: number) => `computed over ${n} reports in ${ms} ms`,
  pointReports: (term: string, year: number, group: string) => `Reports of ${year} (${group}) with “${term}”`,
  noReportsAtPoint: 'No report at this point holds the term.',
  perReport: 'Per report', report: 'Report', year: 'Year', locality: 'Place', body: 'Body', length: 'Characters', occurrences: 'Occurrences',
  saveCsv: 'Export CSV', saveSvg: 'Export SVG', savePng: 'Export PNG',
  topTerms: 'Top terms', scope: 'Scope', scopeAll: 'Whole library', scopeYear: (y: number) => `Reports of ${y}`, scopePeriod: (p: PlanPeriod) => `${ordinal(p.number)} Five-Year Plan (${p.from}–${p.to})`, scopeReport: 'Chosen report',
  chooseReport: 'Choose a report', noReport: '(none)', term: 'Term', stopList: 'Stop list', stopHint: 'One word per line or comma separated; these words are left out of the top terms.',
  saveStop: 'Save stop list', resetStop: 'Reset to defaults', stopSaved: 'Saved',
  similar: 'Similar reports', similarTo: 'Reports most like the chosen one', compareWith: 'Compare side by side with the chosen report', score: 'Similarity', reportLength: 'Report length',
  category: 'Category', allCategories: 'All categories', unit: 'Unit', allUnits: 'All units', filterText: 'Filter', filterPlaceholder: 'phrase, report or place',
  sort: 'Sort', desc: 'descending', section: 'Section', phrase: 'Phrase', value: 'Value', modifier: 'Modifier',
  shown: (n: number, total: number) => `Showing ${n} of ${total} figures`, showMore: 'Show more',
  categoryChart: (c: string, u: string) => `“${c}” (${u}) by year`, chooseCategory: 'Choose a category and a unit to draw a chart.',
  chartNote: 'Each report counts with its largest figure of the category; reports of a group are added up.',
  uncategorised: 'Uncategorised', noFigures: 'No figures match.', otherGroups: 'Others',
  chartLabel: (title: string, names: string[]) => `${title}: ${names.join(', ')}`,
  // The categories are the app's own (src/trends/category-rules.ts), not words of a report, so they are translated.
  categories: {
    执纪: 'Discipline', 学习: 'Study', 提案: 'Proposals', 批示: 'Instructions', 社情民意: 'Public opinion',
    监督: 'Oversight', 联络站点: 'Liaison points', 协商: 'Consultation', 调研视察: 'Research & inspection',
    培训: 'Training', 会议: 'Meetings', 建议: 'Suggestions', 问题: 'Problems', 任免: 'Appointments',
    立法: 'Legislation', 党建: 'Party building', 表彰: 'Awards', 宣传: 'Publicity', 帮扶: 'Assistance',
    科创: 'Science & innovation', 政务: 'Government services', 项目: 'Projects', 企业: 'Enterprises',
    资金: 'Funds', 建设: 'Construction', 经济: 'Economy', 民生: 'Livelihoods', 活动: 'Activities',
    人次: 'People',
  },
  body_: { cppcc: 'CPPCC', npc: 'People’s Congress', government: 'Government', party: 'Party', other: 'Other', all: 'All', '?': 'Unknown' },
};

export function tt(): Strings {
  return lang.value === 'en' ? en : zh;
}

/** A group name for display: a body code in words, a place as written. */
export function groupName(group: string): string {
  if (group === OTHER_GROUP) return tt().otherGroups;
  return tt().body_[group] ?? group;
}
