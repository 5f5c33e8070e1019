// Whether a figure is a target of the plan year, a result of the reviewed year, a goal of a longer
// period (到2025年…, 今后五年…) or none of these (history, comparisons, a quarter's number): read
// from the part of the report it stands in (the top-level part headings, as the metadata reads
// them) and from cue words in its sentence.
import type { FigureRole, Heading } from '../../model/report';
import { foldForMatch } from '../../text/fold';

export interface Years { reviewYear: number | null; planYear: number | null }
type PartRole = 'review' | 'plan' | 'period' | null;
export interface Part { role: PartRole; year: number | null }

const REVIEW = /回顾|总结|过去|一年来|成绩|工作情况|以来工作/;
const PERIOD = /今后五年|未来五年|十[一二三四五六]五|五年(目标|规划|奋斗)|远景/;
const PLAN = /任务|安排|打算|建议|计划|思路|目标|要求|重点|部署|政策取向|展望|今年|明年/;
const PLAN_PERIOD_END: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035 };

function classify(title: string, years: Years): Part {
  const t = foldForMatch(title);
  const year = /((?:19|20)\d\d)年/.exec(t);
  const named = year ? Number(year[1]) : null;
  if (REVIEW.test(t)) return { role: 'review', year: named ?? years.reviewYear };
  if (PERIOD.test(t)) return { role: 'period', year: periodEnd(t, years) };
  if (PLAN.test(t)) return { role: 'plan', year: named ?? years.planYear };
  return { role: null, year: null };
}

function periodEnd(folded: string, years: Years): number | null {
  const by = /到((?:19|20)\d\d)年/.exec(folded);
  if (by) return Number(by[1]);
  const plan = /十[一二三四五六]五/.exec(folded);
  if (plan) return PLAN_PERIOD_END[plan[0]] ?? null;
  return years.planYear !== null ? years.planYear + 4 : null;
}

/** The part each paragraph stands in; a top-level part naming no role continues the one before it. */
export function partsOf(outline: Heading[], count: number, years: Years): Part[] {
  const parts: Part[] = Array.from({ length: count }, () => ({ role: null, year: null }));
  const top = Math.min(...outline.map((h) => h.level));
  let previous: Part = { role: null, year: null };
  for (const h of outline) {
    if (h.level !== top) continue;
    let part = classify(h.title, years);
    if (part.role === null) part = previous.role === 'period' ? { role: 'plan', year: years.planYear } : previous;
    previous = part;
    for (let p = Math.max(0, h.span[0]); p < Math.min(count, h.span[1]); p++) parts[p] = part;
  }
  return parts;
}

// Sentence cues are matched on the text as written (both scripts listed): folding every figure's
// sentence would cost more than the scan on long paragraphs.
const HISTORY = /五年[来來]|十年[来來]|[过過]去(五|十)年|[这這]五年|年均|累[计計]|[时時]期|期[间間]|[与與](19|20)\d\d年相比|[比较較][“「"]?十[一二三四五][五][”」"]?末|[这這]些年|[党黨]的十八大以[来來]/u;
const PART_YEAR = /一季度|前三季度|上半年|今年以[来來]|[1１]-\d+月/u;
const COMPARISON = /(比|[较較]|高[于於]|低[于於]|快[于於]|慢[于於]|高出|超出|[领領]先|居)(全[国國]|全省|全市|全[区區]|全[县縣]|全州|全球|世界|平均|同[类類]|周[边邊])/u;
const SINCE = /比((?:19|20)\d\d)年/u;
const BY_YEAR = /到((?:19|20)\d\d)年/u;
const PLAN_CUE = /[预預]期目[标標]|主要目[标標]|力[争爭]|控制在|左右|以[内內]/u;
const REVIEW_CUE = /[过過]去一年|一年[来來]|去年|上年|[预預][计計]全年/u;
const PERIOD_CUE = /年均|今后五年|今後五年|未[来來]五年/u;
/** 力争全乡2013年生产总值增长9%: an aim, even where a half-year review sets out the year's goals (not 力争上游). */
const AIM = /力[争爭](?!上游)/u;
const NAMED_YEAR = /((?:19|20)\d\d)年/u;
const ACTUAL = /实际|實際/u;

export interface RoleYear { role: FigureRole; year: number | null }

/**
 * `sentence` and `clause` are the figure's sentence and clause as written; `lead` the first sentence
 * of its paragraph (过去五年，… governs what follows it).
 */
export function roleOf(part: Part, years: Years, lead: string, sentence: string, clause: string): RoleYear {
  const by = BY_YEAR.exec(sentence);
  const byYear = by ? Number(by[1]) : null;
  if (part.role === 'period') return { role: 'period-target', year: byYear ?? part.year };
  if (byYear !== null && years.planYear !== null && byYear > years.planYear) return { role: 'period-target', year: byYear };
  if (COMPARISON.test(clause)) return { role: null, year: part.year };
  const since = SINCE.exec(sentence);
  const longAgo = since !== null && years.reviewYear !== null && Number(since[1]) < years.reviewYear - 1;
  if (part.role === 'plan') {
    if (PERIOD_CUE.test(sentence)) return { role: 'period-target', year: years.planYear !== null ? years.planYear + 4 : null };
    return { role: 'target', year: part.year };
  }
  if (HISTORY.test(lead) || HISTORY.test(sentence) || longAgo) return { role: null, year: null };
  if (part.role === 'review') {
    // 年初提出力争增长8%，实际增长8.5%: what the year actually did is a result, whatever was aimed at.
    if (AIM.test(sentence) && (AIM.test(clause) || !ACTUAL.test(clause))) {
      const named = NAMED_YEAR.exec(sentence);
      return { role: 'target', year: named ? Number(named[1]) : part.year ?? years.planYear };
    }
    const halfYear = years.reviewYear !== null && years.reviewYear === years.planYear;
    if (!halfYear && PART_YEAR.test(sentence)) return { role: null, year: null };
    return { role: 'result', year: part.year };
  }
  if (PLAN_CUE.test(sentence)) return { role: 'target', year: years.planYear };
  if (REVIEW_CUE.test(sentence)) return { role: 'result', year: years.reviewYear };
  return { role: null, year: null };
}
