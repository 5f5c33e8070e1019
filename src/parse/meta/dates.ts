// Dates in metadata: the meeting a report was delivered at ((2023年2月2日在…会议上), also written
// 二〇二三年二月二日) and the publication date from labelled lines (发布时间: 2019-01-23 09:26:19).
import { parseChineseNumeral } from '../../text/numerals';

const NUM = '(?:\\d{1,4}|[〇零○一二三四五六七八九十]{1,4})';
const MEETING = new RegExp(`(${NUM})年(${NUM})月(${NUM})日[，,\\s]*在([^。；;]{2,60}?)(会议|會議|大会|大會|会|會)上`, 'u');
const MEETING_FIRST = new RegExp(`在([^。；;]{2,60}?)(会议|會議|大会|大會)上[（(\\s]*(${NUM})年(${NUM})月(${NUM})日`, 'u');
/** 发布时间: / 發布日期: / 日期: / 发布于 — a bare 时间 or 日期 only at the start of a label (not 会议时间). */
const LABELLED = /(?:(?:发布|發布|發佈|发表|發表|更新|公布|刊发|刊發|发文|發文|公开|公開)(?:时间|時間|日期)\s*[:：]?|(?<!\p{Script=Han})(?:时间|時間|日期)\s*[:：]|(?:发布|發布|發佈)(?:于|於)\s*)\s*(?:[|｜]\s*)?(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;

function toNumber(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** YYYY-MM-DD from year, month and day as written, or null when they do not make a date. */
export function isoDate(y: string, m: string, d: string): string | null {
  const year = toNumber(y), month = toNumber(m), day = toNumber(d);
  if (year === null || month === null || day === null) return null;
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface MeetingHit { date: string; meeting: string }

/**
 * The first "date 在 … 会议上" (or "在 … 会议上 (date)") in the given lines; a 在…会议上 line may
 * also take its date from a bare (二〇二四年一月二十六日) on the next line, as 党代会/纪委全会 reports print it.
 */
export function findMeeting(lines: string[]): MeetingHit | null {
  const plain = joinBrokenMeeting(lines.map((l) => l.normalize('NFKC')));
  for (let i = 0; i < plain.length; i++) {
    const line = plain[i]!;
    const m = MEETING.exec(line);
    const date = m && isoDate(m[1]!, m[2]!, m[3]!);
    if (m && date) return { date, meeting: m[4]! + m[5]! };
    const r = MEETING_FIRST.exec(line);
    const later = r && isoDate(r[3]!, r[4]!, r[5]!);
    if (r && later) return { date: later, meeting: r[1]! + r[2]! };
    const hit = meetingThenDate(plain, i);
    if (hit) return hit;
  }
  return null;
}

/** A meeting line set on two lines in a title block: 2025年3月21日在某区第十九届 / 人民代表大会第四次会议上. */
const OPEN_MEETING = /在[^。；;]{0,40}$/u;
const CLOSES_MEETING = /^[^。；;]{0,40}?(会议|會議|大会|大會|全会|全會)上/u;

function joinBrokenMeeting(lines: string[]): string[] {
  const out = lines.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i]!, next = out[i + 1]!;
    if (line.length > 60 || next.length > 60 || MEETING_ONLY.test(line) || !OPEN_MEETING.test(line) || !CLOSES_MEETING.test(next)) continue;
    out[i] = line + next;
  }
  return out;
}

const MEETING_ONLY = /在([^。；;]{2,60}?)(会议|會議|大会|大會|全会|全會)上/u;
const BARE_DATE = new RegExp(`^[(（]\\s*(${NUM})年(${NUM})月(${NUM})日\\s*[)）]$`, 'u');

/** The bare date line may sit under the byline too: ——在…会议上 / 市长 张三 / （2024年1月18日）. */
const DATE_LINE_REACH = 3;

function meetingThenDate(lines: string[], at: number): MeetingHit | null {
  const m = MEETING_ONLY.exec(lines[at]!);
  if (!m) return null;
  for (const next of lines.slice(at + 1, at + 1 + DATE_LINE_REACH)) {
    const d = BARE_DATE.exec(next.trim());
    const date = d && isoDate(d[1]!, d[2]!, d[3]!);
    if (date) return { date, meeting: m[1]! + m[2]! };
  }
  return null;
}

/** —在1月15日…会议上 / 1月15日在…会议上: the day without its year, which the report gives elsewhere. */
const MEETING_DAY = new RegExp(`(?:^|[^年\\d〇零○一二三四五六七八九十])(${NUM})月(${NUM})日[，,\\s]*在([^。；;]{2,60}?)(会议|會議|大会|大會)上|在(${NUM})月(${NUM})日([^。；;]{2,60}?)(会议|會議|大会|大會)上`, 'u');

export interface MeetingDay { month: number; day: number; meeting: string }

export function findMeetingDay(lines: string[]): MeetingDay | null {
  for (const line of lines) {
    const m = MEETING_DAY.exec(line.normalize('NFKC'));
    if (!m) continue;
    const [month, day, meeting] = m[1] ? [m[1], m[2]!, m[3]! + m[4]!] : [m[5]!, m[6]!, m[7]! + m[8]!];
    const iso = isoDate('2000', month, day);
    if (iso) return { month: Number(iso.slice(5, 7)), day: Number(iso.slice(8)), meeting };
  }
  return null;
}

/**
 * The year of a year-less meeting day: the year it plans (annual sessions meet early in the year they
 * plan; a November or December session meets in the year it reviews), else the publication's year.
 */
export function meetingDateIn(day: MeetingDay, planYear: number | null, publishDate: string | null): string | null {
  let year: number | null = null;
  if (planYear !== null) year = day.month >= 11 ? planYear - 1 : planYear;
  else if (publishDate) {
    const [py, pm, pd] = publishDate.split('-').map(Number) as [number, number, number];
    year = pm > day.month || (pm === day.month && pd >= day.day) ? py : py - 1;
  }
  return year === null ? null : isoDate(String(year), String(day.month), String(day.day));
}

/**
 * A news page's info line: a date (and time) opening a line that also carries 来源/作者/编辑/浏览
 * labels (2021-01-25 08:45:12　来源：北海日报　作者：…) is the publication date, labelled or not.
 */
const INFO_LINE = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|[|｜])[^\n]{0,80}?(?:来源|來源|作者|编辑|編輯|责编|責編|浏览|瀏覽|点击|點擊|阅读|閱讀)\s*(?:次数|次數|量)?\s*[:：]/u;

/** A WeChat byline: account, date and time, then 发表于<region> (通化县发布 2023-07-21 17:30 发表于吉林), or without it. */
const WECHAT_LINE = /(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2})?\s*(?:发表|發表)(?:于|於)\s*\p{Script=Han}{1,8}\s*$|^[^。，,；;\d]{2,40}\s(\d{4})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}\s*$/u;

/**
 * The first labelled publication date, else the date opening an info line; other unlabelled
 * timestamps (forum footers, dates in the text) are not trusted.
 */
export function findPublishDate(lines: string[]): string | null {
  const plain = lines.map((l) => l.normalize('NFKC'));
  for (const re of [LABELLED, WECHAT_LINE, INFO_LINE]) {
    for (const line of plain) {
      const m = re.exec(line);
      // WECHAT_LINE has two forms; the second one's groups follow the first one's.
      const date = m && (m[1] ? isoDate(m[1], m[2]!, m[3]!) : isoDate(m[4]!, m[5]!, m[6]!));
      if (date) return date;
    }
  }
  return null;
}
