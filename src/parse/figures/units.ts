// The vocabulary of figures: measure words in both scripts, magnitude characters and the
// modifiers that make a count approximate (约, 近, 余, 多, 以上, 左右 …).

/**
 * Measure words after a number. Compound ones are listed so the longest wins (人次 before 人,
 * 家次 before 家): a count of visits or runs (走访企业2.6万家次) is not a count of the things visited.
 * Percentages are not figures: DESIGN.md counts work done with a measure word, and a rate (办复率100%)
 * or growth (增长6.2%) is not a count of anything.
 */
export const MEASURE_WORDS = [
  '人次', '件次', '户次', '戶次', '场次', '場次', '批次', '架次', '车次', '車次', '家次', '项次', '項次', '篇次',
  '条次', '條次', '台次', '臺次', '辆次', '輛次', '艘次', '班次', '队次', '隊次', '轮次', '輪次', '个次', '個次', '期次', '剂次', '劑次',
  '平方公里', '平方千米', '平方米', '立方米', '公里', '千米', '公顷', '公頃', '千克', '公斤', '小时', '小時',
  '美元', '港元', '元', '件', '次', '篇', '个', '個', '场', '場', '条', '條', '项', '項', '份', '名', '户', '戶', '家',
  '期', '人', '位', '批', '所', '处', '處', '座', '亩', '畝', '吨', '噸', '天', '支', '队', '隊', '组', '組',
  '台', '臺', '辆', '輛', '套', '部', '本', '册', '冊', '间', '間', '轮', '輪', '棵', '株', '盏', '盞',
  '张', '張', '块', '塊', '起', '宗', '笔', '筆', '例', '剂', '劑', '对', '對',
  // Physical units and counters of work done are an open class too: power (装机285万千瓦), grain
  // (2.3亿斤), livestock (186万头只), houses (4.6万栋); 万/亿 before them scale to base units.
  '千瓦时', '千瓦時', '千瓦', '兆瓦', '斤', '头只', '頭隻', '头', '頭', '只', '隻', '羽', '栋', '棟', '幢', '眼', '艘', '架',
  // Transport: trains run (中欧班列410列), containers (18.6万标箱), trips, sailings and scheduled runs.
  '标准箱', '標準箱', '标箱', '標箱', '航次', '列', '趟', '班',
];

/**
 * Measure words trusted after a Chinese numeral. 个/位/人 are left out because 四个意识, 两个维护,
 * 五位一体 and 一人一策 are slogans, not counts.
 */
export const CHINESE_NUMERAL_MEASURES = new Set([
  '人次', '件', '次', '篇', '场', '場', '条', '條', '项', '項', '份', '名', '期', '批', '家', '户', '戶', '轮', '輪',
]);

export { PRE_MODIFIERS, MID_MODIFIERS, POST_MODIFIERS } from '../../lib/figure-modifiers';

/** Magnitudes written between the number and the measure word: 1.4萬件, 198.5亿元. */
export const MAGNITUDES = '万萬亿億千';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (words: string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** What may follow a measure word and shows it was not one: 个月 (a duration), 次会议 after a numeral session. */
export const NOT_AFTER_MEASURE: Record<string, RegExp> = {
  '个': /^(月|百分点|工作日)/u,
  // 3个次要问题: 次 opens the next word (次要, 次序), so it is not a count of runs.
  '个次': /^(要|序|日)/u,
  '個次': /^(要|序|日)/u,
  '期次': /^(要|序|日)/u,
  '個': /^(月|百分點|工作日)/u,
  '天': /^(然|津|下)/u,
  // 三次产业 (the three sectors of the economy) is a term, not three runs of anything.
  '次': /^(产业|產業)/u,
  // 20头部企业 (leading firms), 3只是… (only): the word runs on, it is not a counter.
  '头': /^(部|脑|等|号|条|版|像|衔|雁|羊)/u,
  '頭': /^(部|腦|等|號|條|版|像|銜|雁|羊)/u,
  '只': /^(是|能|有|要|会|在|用|需|为|对)/u,
  '隻': /^(是|能|有|要|會|在|用|需|為|對)/u,
  '眼': /^(光|界|前|下|睛)/u,
  '架': /^(构|構|起|设|設|子)/u,
  '羽': /^(毛|绒|絨)/u,
  '人': /^(民|大|员|員|才|口|士|物|们|們|事|社|工)/u,
  '名': /^(单|單|义|義|称|稱|誉|譽|片|牌|录|錄)/u,
  '家': /^(庭|乡|鄉|属|屬|长|長)/u,
  '所': /^(有|在|以|属|屬|得)/u,
  '处': /^(理|置|于|在|长)/u,
  '處': /^(理|置|於|在|長)/u,
  '期': /^(间|間|待|望|限)/u,
  '位': /^(于|於|置)/u,
  '元': /^(旦|素|宵)/u,
  // 列入/列为 (listed as), 班子/班组 (teams), 趟出 (found a way): verbs and nouns, not runs.
  '列': /^(入|为|為|出|举|舉|席|表|明|宁|寧|岛|島|强|強|支|车|車)/u,
  '班': /^(子|组|組|级|級|长|長|车|車|倒|底|机|機|主|会|會|额|額|列)/u,
  '趟': /^(出|过|過|路|水)/u,
  '起': /^(来|來|草|步|到|点|點)/u,
  // 对/對 is also a preposition and the 一对一 of pairings: 1对1帮扶, 3对口 are not counts of pairs.
  '对': /^(\d|[０-９一二三四五六七八九十]|口|接|话|象|标|照|策|外|比|于|待|应|此|其|我|全|各|本|重|有|这|该)/u,
  '對': /^(\d|[０-９一二三四五六七八九十]|口|接|話|象|標|照|策|外|比|於|待|應|此|其|我|全|各|本|重|有|這|該)/u,
};
