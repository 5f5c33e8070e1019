// The report's title: a line near the top that names a report (…工作报告, …工作总结…打算), joined
// with an organisation line above it when a page split it in two (中国人民政治协商会议 / 第四届…报告).
import { plainLine } from './lines';

const TITLE_END = /(报告|報告|总结|總結|打算|要点|要點|计划|計劃|安排|思路|汇报|匯報|回顾|回顧)$/u;
const TITLE_SUFFIX = /[(（](摘要|节选|節選|草案|全文|摘登|\d{4}年?)[)）]$/u;
/** A title names a body or a report; part headings like 2019年工作安排 or 下半年工作打算 do not. */
const NAMES_ORGAN = /(报告|報告|政协|政協|委员会|委員會|人大|政府|党委|黨委|纪委|紀委|[省市县縣区區镇鎮])/u;
/** An organisation line that a title continues: 中国人民政治协商会议 above 第四届…委员会…报告. */
const ORGAN_LINE = /(会议|會議|委员会|委員會|代表大会|代表大會|政协|政協)$/u;
const CONTINUES = /^(第|常务|常務|常委)/u;
/** Sites append their name to page titles (标题_中国义乌网, 标题 - 某某网); a subtitle follows ——. */
const SITE_SEPARATOR = /\s*(?:_|\s[-|–—]\s|\||——|─)\s*/u;
const SEARCH_PARAGRAPHS = 20;

export interface TitleHit { title: string; para: number }

export function findTitle(texts: string[]): TitleHit | null {
  const lines = texts.slice(0, SEARCH_PARAGRAPHS).map(plainLine);
  for (let i = 0; i < lines.length; i++) {
    const line = titleCandidate(lines[i]!);
    if (!line) continue;
    const above = i > 0 ? lines[i - 1]! : '';
    const joins = isOrganLine(above) && (CONTINUES.test(line) || /(会议|會議)$/u.test(above));
    const joined = joins && !line.startsWith(above) ? above + line : line;
    return { title: joined, para: i };
  }
  return null;
}

/** A salutation run onto the title line when a cleaner joined lines: …工作報告各位委員,各位同志: */
const SALUTATION_TAIL = /(?<=.{6})(各位(委员|委員|代表|同志)|同志们|同志們).*$/u;

/** Titles typeset with spaces between characters: 政 府 工 作 报 告. */
const SPACED_OUT = /^(?:\p{Script=Han}[ \u3000]+){3,}\p{Script=Han}$/u;

function titleCandidate(line: string): string | null {
  const solid = SPACED_OUT.test(line) ? line.replace(/[ \u3000]+/gu, '') : line;
  const parts = solid.replace(SALUTATION_TAIL, '').split(SITE_SEPARATOR);
  for (const part of parts) {
    const core = part.replace(/^(中文名|标题|標題|名称|名稱)[:：]\s*/u, '').trim();
    const bare = core.replace(TITLE_SUFFIX, '');
    if (bare.length < 6 || bare.length > 90 || /[。，,；;！!？?:：>›»]/u.test(bare)) continue;
    if (/^(您|当前|當前|首页|首頁)/u.test(bare)) continue;
    if (!TITLE_END.test(bare) || !NAMES_ORGAN.test(bare)) continue;
    // A report (…的报告) is a title by its ending; a summary or plan must say it is about work.
    if (/(报告|報告)$/u.test(bare) || /工作|政府/u.test(bare)) return core;
  }
  return null;
}

function isOrganLine(line: string): boolean {
  return line.length >= 4 && line.length <= 24 && ORGAN_LINE.test(line) && !/[，,。:：]/u.test(line);
}
