// The report's title: a line near the top that names a report (…工作报告, …工作总结…打算), joined
// with an organisation line above it when a page split it in two (中国人民政治协商会议 / 第四届…报告).
import { plainLine } from './lines';

const TITLE_END = /(报告|報告|总结|總結|打算|要点|要點|计划|計劃|安排|思路|汇报|匯報|回顾|回顧|设想|設想|谋划|謀劃)$/u;
/** A short note in brackets after a title: (摘要), (2024年), a compiler's (镇乡) or (四篇). */
const TITLE_SUFFIX = /[(（](\p{Script=Han}{1,4}|\d{4}年?)[)）]$/u;
/** A title names a body or a report; part headings like 2019年工作安排 or 下半年工作打算 do not. */
const NAMES_ORGAN = /(报告|報告|政协|政協|委员会|委員會|人大|政府|党委|黨委|纪委|紀委|街道|[省市县縣区區镇鎮])/u;
/** An organisation line that a title continues: 中国人民政治协商会议 above 第四届…委员会…报告. */
const ORGAN_LINE = /(会议|會議|委员会|委員會|代表大会|代表大會|政协|政協|人民政府|常委会|常委會|纪委|紀委|监委|監委|党委|黨委|[市县縣区區]委)$/u;
const CONTINUES = /^(第|常务|常務|常委)/u;
/** Sites append their name to page titles (标题_中国义乌网, 标题 - 某某网); a subtitle follows ——. */
const SITE_SEPARATOR = /\s*(?:_|\s[-|–—]\s|\||——|─)\s*/u;
const SEARCH_PARAGRAPHS = 20;

export interface TitleHit { title: string; para: number }

/** The meeting line under a title: ——2025年3月5日在…会议上, （2024年1月9日在…会议上）, —在1月15日…会议上. */
const MEETING_LINE = /^(?:——|—|－－|--|─)?\s*[(（]?[^。；;，,]{0,20}?在[^。；;]{2,60}?(?:会议|會議|大会|大會|全会|全會)上/u;

export function findTitle(texts: string[]): TitleHit | null {
  const lines = texts.slice(0, SEARCH_PARAGRAPHS).map(plainLine);
  const first = scan(lines, 0, lines.length, false);
  // The subtitle (——在…会议上的报告) names the report only when no title line does.
  if (!first) return scan(lines, 0, lines.length, true);
  // A page's furniture may name other reports above this one (a wiki's links to last year's report)
  // or this one in short (安吉县人大常委会工作报告 as the page heading): the title is the one
  // standing nearest over the meeting line, in its full form.
  const meeting = lines.findIndex((l) => MEETING_LINE.test(l));
  let best = first;
  while (meeting > best.para) {
    const next = scan(lines, best.para + 1, meeting, false);
    if (!next) break;
    best = next;
  }
  return best;
}

function scan(lines: string[], from: number, to: number, subtitles: boolean): TitleHit | null {
  for (let i = from; i < to; i++) {
    const above = i > 0 ? lines[i - 1]! : '';
    const slogan = sloganTitle(lines[i]!, lines[i + 1] ?? '');
    if (slogan) return { title: slogan, para: i };
    if (REPORT_WORD_ONLY.test(lines[i]!) && isOrganLine(above)) return { title: withHeader(lines, i - 1) + lines[i]!, para: i };
    const line = titleCandidate(lines[i]!, subtitles);
    if (!line) continue;
    const joins = isOrganLine(above) && (CONTINUES.test(line) || /(会议|會議)$/u.test(above));
    const joined = joins && !line.startsWith(above) ? withHeader(lines, i - 1) + line : line;
    return { title: joined, para: i };
  }
  return null;
}

/** A place set on a title line of its own, above the organ: 宝鸡市陈仓区 / 人民代表大会常务委员会 / 工作报告. */
const PLACE_LINE = /^\p{Script=Han}{1,10}(省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)$/u;

/**
 * An organ line with the line above it when the title was set on three lines: 中国人民政治协商会议
 * above 第四届…委员会, or the place above an organ that does not name it.
 */
function withHeader(lines: string[], at: number): string {
  const organ = lines[at]!;
  const top = at > 0 ? lines[at - 1]! : '';
  if (isOrganLine(top) && /(会议|會議)$/u.test(top) && !/(会议|會議)$/u.test(organ)) return top + organ;
  return PLACE_LINE.test(top) && !/[省市县縣区區州盟旗]/u.test(organ.slice(0, 4)) ? top + organ : organ;
}

/** A title broken before its last words: 仙居县人民代表大会常务委员会 / 工作报告. */
const REPORT_WORD_ONLY = /^(?:(?:19|20)\d{2}年(?:度|上半年)?)?(?:工作)?(?:报告|報告|总结|總結)(?:[(（](?:摘要|节选|節選|草案|全文)[)）])?$/u;
/** The subtitle of a party or government report: ——在…全体会议上的工作报告 (dash optional once on its own line). */
const SUBTITLE = /^(?:——|—|－－|--|─)?\s*在[^。；;]{2,60}?(?:会议|會議|大会|大會|全会|全會)上的[^。；;]{0,12}(?:报告|報告|讲话|講話)$/u;
const SUBTITLE_INLINE = /^(.{6,60}?)\s*(?:——|—|－－|─)\s*在[^。；;]{2,60}?(?:会议|會議|大会|大會|全会|全會)上的[^。；;]{0,12}(?:报告|報告)$/u;

/** A slogan title (坚定不移推进全面从严治党 为…提供坚强保障) is known by the ——在…会议上的报告 subtitle under or after it. */
function sloganTitle(line: string, next: string): string | null {
  const inline = SUBTITLE_INLINE.exec(line);
  if (inline && plausibleSlogan(inline[1]!)) return inline[1]!.trim();
  const dashed = /^(?:——|—|－－|--|─)/u.test(next);
  return dashed && SUBTITLE.test(next) && plausibleSlogan(line) ? line : null;
}

function plausibleSlogan(line: string): boolean {
  if (line.length > 60 || /[。，,；;：:！!？?>›»|]/u.test(line)) return false;
  if ((line.match(/\p{Script=Han}/gu)?.length ?? 0) < 6) return false;
  return !/^(您|当前|當前|首页|首頁)/u.test(line) && !SUBTITLE.test(line);
}

/** A salutation run onto the title line when a cleaner joined lines: …工作報告各位委員,各位同志: */
const SALUTATION_TAIL = /(?<=.{6})(各位(委员|委員|代表|同志)|同志们|同志們).*$/u;

/** A subtitle, the title only when no line is one: (2024年1月18日)在…会议上的报告 — the meeting a report was given at. */
const SUBTITLE_PART = /^[(（]?(?:(?:\d{4}|[〇零○一二三四五六七八九]{4})年[\d〇零○一二三四五六七八九十]{1,2}月[\d〇零○一二三四五六七八九十]{1,3}日)?在[^。；;]{2,60}?(?:会议|會議|大会|大會|全会|全會)上/u;

/** Titles typeset with spaces between characters: 政 府 工 作 报 告. */
const SPACED_OUT = /^(?:\p{Script=Han}[ \u3000]+){3,}\p{Script=Han}$/u;

function titleCandidate(line: string, subtitles: boolean): string | null {
  const solid = SPACED_OUT.test(line) ? line.replace(/[ \u3000]+/gu, '') : line;
  const untailed = solid.includes('各位') || solid.includes('同志') ? solid.replace(SALUTATION_TAIL, '') : solid;
  const parts = [...untailed.split(SITE_SEPARATOR), ...headsOf(untailed)];
  for (const part of parts) {
    // A compilation numbers the reports it holds: 第1篇 区人大常委会工作报告.
    const core = part.replace(/^(中文名|标题|標題|名称|名稱)[:：]\s*/u, '').replace(/^第[\d一二三四五六七八九十]{1,3}篇\s*/u, '').trim();
    const bare = core.replace(TITLE_SUFFIX, '');
    if (bare.length < 6 || bare.length > 90 || /[。，,；;！!？?:：>›»]/u.test(bare)) continue;
    if (/^(您|当前|當前|首页|首頁)/u.test(bare) || (!subtitles && SUBTITLE_PART.test(bare))) continue;
    if (!TITLE_END.test(bare) || !NAMES_ORGAN.test(bare)) continue;
    // A report (…的报告) is a title by its ending; a summary or plan must say it is about work.
    if (/(报告|報告)$/u.test(bare) || /工作|政府/u.test(bare)) return core;
  }
  return null;
}

/** The meeting line a title runs into when a one-line file was not split: 工作報告 （2022年12月28日在…會議上）. */
const MEETING_TAIL = /\s*[（(][^（()）]{0,80}?(?:会议|會議|大会|大會|全会|全會)上?[)）].*$/u;
/** A report word then a space and a byline (工作报告 市政协主席 胡志强): the byline is not the title's. */
const REPORT_WORD_THEN_BYLINE = new RegExp('^(.{4,88}?(?:报告|報告|总结|總結|打算)(?:[(（](?:摘要|节选|節選|草案|全文)[)）])?)' +
  '\\s+\\S{0,24}?(?:主席|主任|书记|書記|[市县縣区區州省]长|[市县縣区區州省]長|秘书长|秘書長)\\s', 'u');

/** Openings of a header run together with what follows it; tried after the line as a whole. */
function headsOf(line: string): string[] {
  const heads: string[] = [];
  const beforeMeeting = line.replace(MEETING_TAIL, '');
  if (beforeMeeting !== line) heads.push(beforeMeeting);
  const m = REPORT_WORD_THEN_BYLINE.exec(line);
  if (m) heads.push(m[1]!);
  return heads;
}

function isOrganLine(line: string): boolean {
  return line.length >= 4 && line.length <= 24 && ORGAN_LINE.test(line) && !/[，,。:：]/u.test(line);
}

/** The title a scraper's 标题： field gives, without the site name pages append to it; letter-spacing closed up. */
export function fieldTitle(value: string): string | null {
  const solid = SPACED_OUT.test(value) ? value.replace(/[ \u3000]+/gu, '') : value;
  const title = solid.split(SITE_SEPARATOR)[0]!.trim();
  return title.length >= 2 ? title : null;
}
