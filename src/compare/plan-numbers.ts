// Numbers planned against numbers delivered: each target the plan report set for the year (生产总值
// 增长7%左右) beside the result the delivery report gives for that year and indicator (增长7.3%).
// Judging met or missed is the trends layer's (target-judge.ts); this only pairs the figures.
import type { Figure, ParsedReport } from '../model/report';

export interface NumberPair {
  indicatorKey: string;
  indicator: string;
  unit: string;
  target: Figure;
  /** The delivery report's result for the indicator and year, or null when it gives none. */
  result: Figure | null;
}

const keyOf = (f: Figure) => `${f.indicatorKey}\u0000${f.unit}`;
const aim = (f: Figure) => /力争|力爭/u.test(f.modifier ?? '');

/** One target per indicator and unit (the plain one before a 力争 alternative), in document order. */
export function numbersPlanned(plan: ParsedReport, delivery: ParsedReport, year: number): NumberPair[] {
  const targets = new Map<string, Figure>();
  for (const f of plan.figures) {
    if (f.role !== 'target' || f.year !== year || !f.indicatorKey) continue;
    const held = targets.get(keyOf(f));
    if (!held || (aim(held) && !aim(f))) targets.set(keyOf(f), f);
  }
  const results = new Map<string, Figure>();
  for (const f of delivery.figures) {
    if (f.role === 'result' && f.year === year && f.indicatorKey && !results.has(keyOf(f))) results.set(keyOf(f), f);
  }
  return [...targets.values()].map((t) => ({
    indicatorKey: t.indicatorKey!, indicator: t.indicator ?? t.indicatorKey!, unit: t.unit, target: t, result: results.get(keyOf(t)) ?? null,
  }));
}
