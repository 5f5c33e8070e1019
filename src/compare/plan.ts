// Plan against delivery: when one report plans the year the other reviews, first its numbers (each
// target of the year beside the result the other report gives, plan-numbers.ts), then each planned
// item (the headings under the plan part of the year, not a part of five-year goals) matched to the
// closest item of the second report's review part; planned items nothing answers are listed as such.
import type { ParsedReport } from '../model/report';
import { profilePair, type Profile, type Section } from './sections';
import { pairScore } from './similarity';
import type { HeadingRef } from './types';
import { numbersPlanned, type NumberPair } from './plan-numbers';

export type { NumberPair };

export interface PlanItem {
  planned: HeadingRef;
  /** Best matching reported item (null only when the review part has no items). */
  reported: HeadingRef | null;
  score: number;
  /** The best match reaches the bar: the plan item was reported on. */
  answered: boolean;
}

export type PlanVsDelivery =
  | { ok: true; year: number; planPart: HeadingRef; reviewPart: HeadingRef; items: PlanItem[]; unanswered: HeadingRef[]; numbers: NumberPair[] }
  | { ok: false; code: PlanFailure; planYear: number | null; reviewYear: number | null; reason: string };

/** Why plan and delivery cannot be set against each other: the years do not meet, or a part is missing. */
export type PlanFailure = 'years' | 'no-plan' | 'no-review';

function failed(code: PlanFailure, plan: ParsedReport, delivery: ParsedReport, reason: string): PlanVsDelivery {
  return { ok: false, code, planYear: plan.planYear, reviewYear: delivery.reviewYear, reason };
}

/** A reported item must score this much to answer a planned one (plans and reviews share few words). */
export const ANSWER_MIN = 0.25;

function ref(s: Section): HeadingRef {
  return { index: s.index, level: s.level, number: s.number, title: s.title };
}

/** Which order plan-vs-delivery applies in, if any: [plan report, delivery report]. */
export function planOrder<T extends Pick<ParsedReport, 'planYear' | 'reviewYear'>>(a: T, b: T): [T, T] | null {
  if (a.planYear !== null && a.planYear === b.reviewYear) return [a, b];
  if (b.planYear !== null && b.planYear === a.reviewYear) return [b, a];
  return null;
}

/** A part of five-year goals (今后五年, 十四五时期主要目标) is not the year's plan, nor a five-year review the year's review. */
const LONGER = /五年|十[一二三四五六]五|远景|遠景/u;
const YEAR_PLAN = /重点工作|重點工作|工作任务|工作任務|主要预期目标|主要預期目標|工作安排|今年/u;

/** How well a part's title names the year's own part: the year itself, the usual wording, no five-year span. */
function fitness(s: Section, role: 'review' | 'plan', year: number | null): number {
  let score = 0;
  if (year !== null && s.title.includes(`${year}年`)) score += 2;
  if (role === 'plan' && YEAR_PLAN.test(s.title)) score += 1;
  if (LONGER.test(s.title)) score -= 3;
  return score;
}

/** The part with the wanted role that best names the year, else the part conventionally in that place (review first, plan second). */
function part(p: Profile, role: 'review' | 'plan', year: number | null): Section | null {
  const roots = p.roots.map((i) => p.sections[i]!);
  let best: Section | null = null;
  for (const s of roots) if (s.role === role && (!best || fitness(s, role, year) > fitness(best, role, year))) best = s;
  if (best) return best;
  const fallback = role === 'plan' ? roots[1] : roots[0];
  return fallback && fallback.role === null ? fallback : null;
}

function descendants(p: Profile, s: Section): Section[] {
  return s.children.flatMap((c) => [p.sections[c]!, ...descendants(p, p.sections[c]!)]);
}

export function planVsDelivery(plan: ParsedReport, delivery: ParsedReport): PlanVsDelivery {
  if (plan.planYear === null || plan.planYear !== delivery.reviewYear) {
    return failed('years', plan, delivery, `计划年份(${plan.planYear ?? '未知'})与回顾年份(${delivery.reviewYear ?? '未知'})不一致`);
  }
  const [pp, pd] = profilePair(plan, delivery);
  const planPart = part(pp, 'plan', plan.planYear), reviewPart = part(pd, 'review', delivery.reviewYear);
  if (!planPart) return failed('no-plan', plan, delivery, '第一份报告中没有找到工作安排部分');
  if (!reviewPart) return failed('no-review', plan, delivery, '第二份报告中没有找到工作回顾部分');
  const reported = descendants(pd, reviewPart);
  const items = planPart.children.map((c) => pp.sections[c]!).map((planned): PlanItem => {
    let best: Section | null = null, bestScore = 0;
    for (const r of reported) {
      const s = pairScore(planned, r, pp.weights).total;
      if (s > bestScore) { best = r; bestScore = s; }
    }
    const answered = best !== null && bestScore >= ANSWER_MIN;
    return { planned: ref(planned), reported: best ? ref(best) : null, score: Math.round(bestScore * 1000) / 1000, answered };
  });
  const unanswered = items.filter((i) => !i.answered).map((i) => i.planned);
  const numbers = numbersPlanned(plan, delivery, plan.planYear);
  return { ok: true, year: plan.planYear, planPart: ref(planPart), reviewPart: ref(reviewPart), items, unanswered, numbers };
}
