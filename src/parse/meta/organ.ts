// Which body reports (政协, 人大, 政府, 党委), where (义乌市, 衢州市柯城区) and which session (第十三届),
// read from the title, the speaker's post and the header — not from mentions in the body text.
import type { Body } from '../../model/report';

const BODIES: [Body, RegExp][] = [
  ['cppcc', /政协|政協|政治协商会议|政治協商會議/u],
  ['government', /人民政府|政府工作|[市县縣区區州省镇鎮旗盟乡鄉]长|[市县縣区區州省镇鎮旗盟乡鄉]長/u],
  ['npc', /人大|人民代表大会常务委员会|人民代表大會常務委員會|人民代表大会|人民代表大會/u],
  ['party', /党委|黨委|纪委|紀委|监委|監委|纪律检查|紀律檢查|党代会|黨代會|中国共产党|中國共產黨|中共.{1,10}委|书记|書記|^\p{Script=Han}{2,8}?[省市县縣区區州]委(?![员員会會的])/u],
  // The short form (县政府上半年工作总结) last: a line naming 人大 or 县委 beside 县政府 speaks for those.
  ['government', /[市县縣区區州省镇鎮旗盟乡鄉]政府/u],
];

/** The first source (most trusted first) that names a body decides it. */
export function findBody(sources: (string | null)[]): Body {
  for (const s of sources) {
    if (!s) continue;
    const hit = BODIES.find(([, re]) => re.test(s));
    if (hit) return hit[0];
  }
  return 'other';
}

const NUMERAL = '[一二三四五六七八九十百〇零\\d]+';
const SESSION = new RegExp(`第${NUMERAL}[届屆]`, 'u');
const ADMIN = '(?:自治区|自治州|自治县|自治縣|地区|地區|新区|新區|[省市县縣区區州盟旗])';
/** A place: one or more named units, each 1-7 characters and an administrative suffix (衢州市柯城区). */
const PLACE = new RegExp(`((?:[\\p{Script=Han}]{1,7}?${ADMIN})+)$`, 'u');
/**
 * Words that can stand right before a place name and are not part of it: the organ and meeting
 * words, a date (在1月15日江西省…), and the words of a sentence that mentions the place in passing
 * (给大家分享成都市…), none of which a place name holds.
 */
const LEAD_IN = /^(?:.*(?:会议|會議|在|于|於|受|向|对|對|代表|届|屆|中国共产党|中國共產黨|共产党|共產黨|中共|政协|政協|年度|年|\d日|[一二三四五六七八九十]日|的|了|是|给|給|大家|我们|我們|分享|介绍|介紹|欢迎|歡迎|来到|來到|走进|走進|关于|關於|发布|發布|报道|報道|聚焦|看看))/u;
const PLACE_BEFORE_SESSION = new RegExp(`([\\p{Script=Han}]{2,20}?)第${NUMERAL}[届屆]`, 'u');
const PLACE_AFTER_SESSION = new RegExp(`第${NUMERAL}[届屆]([\\p{Script=Han}]{2,16}?)(?:委员会|委員會|人民代表|人大)`, 'u');
const PLACE_BEFORE_BODY = /([\p{Script=Han}]{2,16}?)(?:政协|政協|人大|人民政府|人民代表大|纪律检查|紀律檢查|监察委|監察委|委员会|委員會|政府|纪委|紀委|监委|監委|党委|黨委)/u;
/** Party organs name their place with its suffix kept: 江山市委, 开化县纪委监委, 中共柯城区委. */
const PLACE_BEFORE_PARTY = /([\p{Script=Han}]{1,16}?[省市县縣区區州盟旗])委(?![员員会會])/u;

/**
 * The short form every 区/县 meeting line uses: 区十一届人大三次会议, 县政协十届二次会议 — a 届 number
 * right after a place suffix or the body's short name, followed by the meeting's 次 number.
 */
const SHORT_SESSION = /(?:[省市县縣区區州旗盟]|政协|政協|人大)([一二三四五六七八九十]{1,3})([届屆])(?=(?:人大|人民代表大[会會]|政协|政協|委员会|委員會|常委会|常委會)?[一二三四五六七八九十]{1,3}次)/u;

export function findSession(sources: (string | null)[]): string | null {
  for (const s of sources) {
    const m = s ? SESSION.exec(s) : null;
    if (m) return m[0];
    const short = s ? SHORT_SESSION.exec(s) : null;
    if (short) return `第${short[1]}${short[2]}`;
  }
  return null;
}

/** A title that opens with its place and a year: 蒲江县2023年上半年工作总结. */
const PLACE_BEFORE_YEAR = /^([\p{Script=Han}]{2,16}?[省市县縣区區州盟旗])(?:(?:19|20)\d{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})年/u;
const PLACE_PATTERNS = [PLACE_AFTER_SESSION, PLACE_BEFORE_SESSION, PLACE_BEFORE_BODY, PLACE_BEFORE_PARTY, PLACE_BEFORE_YEAR];

/**
 * The place the body serves, with city and district kept together: the most trusted source decides,
 * but a later one that names the same place under its city (夷陵區 -> 宜昌市夷陵區) completes it.
 */
/** National bodies: the State Council, the National People's Congress and its committee, the national CPPCC. */
const NATIONAL = /国务院|國務院|全国人民代表大会|全國人民代表大會|全国人大|全國人大|全国政协|全國政協|全国委员会|全國委員會|全国人民政治协商|全國人民政治協商/u;

/** 全国 when the title, meeting, post or pledge names a national body (these sources only: a local report mentions them in passing). */
export function findNational(sources: (string | null)[]): string | null {
  return sources.some((s) => s !== null && NATIONAL.test(s)) ? '全国' : null;
}

/**
 * `completers` (the body text's opening sentence) only complete the place the sources gave with its
 * city; alone they name nothing, as a sentence mentions the levels above in passing (落实省委、市委…).
 */
export function findLocality(sources: (string | null)[], completers: (string | null)[] = []): string | null {
  const places = sources.map((s) => (s ? placeOf(s) : null)).filter((p): p is string => p !== null);
  const first = places[0];
  if (!first) return null;
  for (const c of completers) {
    const p = c ? placeOf(c) : null;
    if (p !== null) places.push(p);
  }
  // A province before the city is left off, as reports name their city (义乌市, not 浙江省义乌市).
  return places.find((p) => p.length > first.length && p.endsWith(first) && !/(省|自治区)$/u.test(p.slice(0, -first.length))) ?? first;
}

function placeOf(source: string): string | null {
  for (const re of PLACE_PATTERNS) {
    const m = re.exec(source);
    const place = m ? placeIn(m[1]!) : null;
    if (place) return place;
  }
  return null;
}

/** 开化县委县政府: the party committee and the government named together; the place is the first one's. */
const PAIRED_ORGANS = /^(\p{Script=Han}{1,16}?[省市县縣区區州])委[省市县縣区區州]$/u;

function placeIn(text: string): string | null {
  const trimmed = text.replace(LEAD_IN, '').replace(PAIRED_ORGANS, '$1');
  const m = PLACE.exec(trimmed);
  if (!m) return null;
  const place = m[1]!;
  return place.length >= 2 && !/^[省市县縣区區州盟旗]/u.test(place) ? place : null;
}
