// The year a report looks back on and the year it plans for, from its part headings
// (2018年工作回顾 / 2019年工作任务, 过去一年的主要工作 / 2023年的主要任务), a half-year title
// (2012年上半年工作總結與下半年工作打算), or failing those the date of the meeting it was given at.
import type { Kind } from '../../model/report';
import { plainLine, stripNumbering } from './lines';
import { parseNumber } from '../../text/numerals';

/** A year as digits or as Chinese digits (二〇二二年), optionally 年度. */
const YEAR = '((?:19|20)\\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})\\s*年(?:度)?';
/** A review heading may name the term first: 过去五年和2021年工作回顾, 五年来及2023年工作回顾. */
const TERM_FIRST = '(?:[^，。,\\d]{1,6}(?:和|及|与|與|暨))?';
const REVIEW = new RegExp(`^${TERM_FIRST}${YEAR}[^，。,]{0,8}?(?:回顾|回顧|总结|總結|情况|情況|成绩|成績|成效)`, 'u');
const PLAN = new RegExp(`^${YEAR}[^，。,]{0,8}?(?:任务|任務|安排|建议|建議|打算|计划|計劃|目标|目標|思路|要点|要點|部署|重点|重點|要求)`, 'u');
/** 2022年主要工作 / 2022年工作: reviewed or planned, as the other part headings tell. */
const GENERIC = new RegExp(`^${YEAR}(?:的)?(?:主要)?工作$`, 'u');
const PAST_YEAR = /^(过去|過去|上)一年|^去年|^一年来|^一年來/u;
const HALF_YEAR = new RegExp(`${YEAR}(?:上半年|半年)|(?:19|20)\\d{2}上半年|(?:上半年|下半年|半年)工作`, 'u');
const WORK_REPORT = /工作报告|工作報告|工作回顾|工作回顧|年度|工作总结|工作總結|常务委员会|常務委員會|政府工作|上的报告|上的報告/u;
/** Part headings are short; a long paragraph opening with a year is body text (2018年是…之年). */
const PART_MAX = 24;

function yearOf(s: string): number {
  return parseNumber(s) ?? Number.NaN;
}

export interface Years { reviewYear: number | null; planYear: number | null }

/** Candidate part headings: outline titles and short paragraphs. */
export function partHeadings(outlineTitles: string[], paragraphs: string[]): string[] {
  // Both: an outline may have missed an unnumbered part heading that still stands on its own line.
  const out: string[] = [];
  for (const source of [outlineTitles, paragraphs]) {
    for (const t of source) {
      if (t.length > PART_MAX && keptWhole(t)) continue;
      const line = stripNumbering(plainLine(t));
      if (line.length <= PART_MAX) out.push(line);
    }
  }
  return out;
}

/** Nothing can open or end a paragraph that plainLine/stripNumbering would cut: it stays as long as it is. */
const CUT_AT_START = /^[\s#•·●○■◆▪*\-–一二三四五六七八九十(（0-9]/u;
const keptWhole = (t: string) => !CUT_AT_START.test(t) && !/\s$/u.test(t) && !t.includes('*') && !t.includes('(');

export function findYears(headings: string[], title: string | null, meetingDate: string | null): Years {
  const half = halfYearTitle(title) ?? halfYear(headings);
  if (half !== null) return { reviewYear: half, planYear: half };
  const found = scanHeadings([...headings, ...titleParts(title)]);
  let { review, plan } = found;
  const { generic } = found;
  if (generic !== null && review === null && (plan === null || generic < plan)) review = generic;
  else if (generic !== null && plan === null && review !== null && generic > review) plan = generic;
  // A work report looks back on the year before the one it plans; one side gives the other.
  if (review === null && plan !== null) review = plan - 1;
  if (plan === null && review !== null) plan = review + 1;
  if (review === null && plan === null && meetingDate) {
    const met = fromMeeting(meetingDate);
    if (met.planYear !== null) return met;
  }
  if (review === null && plan === null) return governmentTitleYear(title) ?? { reviewYear: null, planYear: null };
  return { reviewYear: review, planYear: plan };
}

/**
 * 2023年白鹤镇政府工作报告, 汉滨区2025年政府工作报告: a government work report is named after the year
 * of the session, the year it plans (it reviews the year before). Used only when nothing else tells.
 */
const GOVERNMENT_TITLE_YEAR = new RegExp(`${YEAR}[^年，。,]{0,12}?(?:政府工作报告|政府工作報告)`, 'u');

function governmentTitleYear(title: string | null): Years | null {
  const m = title ? GOVERNMENT_TITLE_YEAR.exec(title) : null;
  if (!m) return null;
  const year = yearOf(m[1]!);
  return { reviewYear: year - 1, planYear: year };
}

/**
 * A meeting early in year Y reviews Y-1 and plans Y; one held at the end of year Y (some places hold
 * their annual sessions in late December) reviews Y and plans Y+1. Mid-year meetings say nothing.
 */
function fromMeeting(date: string): Years {
  const year = Number(date.slice(0, 4)), month = Number(date.slice(5, 7));
  if (month <= 6) return { reviewYear: year - 1, planYear: year };
  if (month >= 11) return { reviewYear: year, planYear: year + 1 };
  return { reviewYear: null, planYear: null };
}

/**
 * In a title the half-year may follow the organ (2024年縣政府半年工作總結, 2021年县政府上半年重点工作情况报告)
 * and the year may go without 年 (镇2023上半年工作开展情况); a conjunction or another year ends the reach.
 */
const HALF_IN_TITLE = new RegExp(`${YEAR}[^年和与與及暨，。,；;]{0,12}?(?:上半年|半年)|((?:19|20)\\d{2})(?=上半年|下半年)`, 'u');

function halfYearTitle(title: string | null): number | null {
  const m = title ? HALF_IN_TITLE.exec(title) : null;
  return m ? yearOf(m[1] ?? m[2]!) : null;
}

/** A half-year summary reviews and plans the same year: 2012年上半年工作總結與下半年工作打算. */
function halfYear(texts: string[]): number | null {
  const re = new RegExp(`${YEAR}(?:上半年|半年)`, 'u');
  for (const t of texts) {
    const m = re.exec(t);
    if (m) return yearOf(m[1]!);
  }
  return null;
}

function scanHeadings(headings: string[]) {
  let review: number | null = null, plan: number | null = null, generic: number | null = null;
  for (const h of headings) {
    const r = REVIEW.exec(h), p = PLAN.exec(h), g = GENERIC.exec(h);
    if (r && review === null) review = yearOf(r[1]!);
    else if (p && plan === null) plan = yearOf(p[1]!);
    else if (g && generic === null) generic = yearOf(g[1]!);
  }
  return { review, plan, generic };
}

/** A title can name both parts: 某某人大常委会2020年工作总结和2021年工作思路. */
function titleParts(title: string | null): string[] {
  if (!title) return [];
  return title.split(/和|与|與|及|暨/u).map((part) => {
    const at = part.search(new RegExp(YEAR, 'u'));
    return at >= 0 ? part.slice(at) : '';
  }).filter(Boolean);
}

export function findKind(title: string | null, headings: string[]): Kind {
  const text = [title ?? '', ...headings].join('\n');
  if (HALF_YEAR.test(text)) return 'half-year';
  if (WORK_REPORT.test(text) || headings.some((h) => REVIEW.test(h) || PLAN.test(h) || PAST_YEAR.test(h))) return 'work-report';
  return 'other';
}
