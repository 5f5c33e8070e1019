// Whether a result meets its target: a floor (增长7%, 8%以上) is met at or above it, a ceiling
// (失业率5%以内, 居民消费价格涨幅3%左右, 单位GDP能耗下降2.5%) at or below it; a range (6.5%—7%) is met
// inside it ("within") or beyond its good end; 左右 allows a small shortfall, read as "within".
export type TargetStatus = 'met' | 'within' | 'missed' | 'no-target' | 'no-result' | 'open';

/** Indicators where less is better, whatever the target's wording. */
const CEILINGS = new Set(['unemployment', 'registered-unemployment', 'cpi', 'energy-intensity', 'population-growth', 'deficit-ratio']);
const CEILING_WORDS = /以内|以內|以下|之内|之內|控制在/u;

export interface Judged { value: number; valueHigh?: number; modifier: string | null; text: string }

export function isCeiling(key: string, target: Judged): boolean {
  return CEILINGS.has(key) || CEILING_WORDS.test(target.modifier ?? '') || CEILING_WORDS.test(target.text);
}

/** Slack a 左右 target allows: a quarter point, or 5% of the target when that is more. */
const about = (t: number) => Math.max(0.25, Math.abs(t) * 0.05);

export function judge(key: string, target: Judged, result: number): TargetStatus {
  const lo = target.value, hi = target.valueHigh ?? target.value;
  const ceiling = isCeiling(key, target);
  if (target.valueHigh !== undefined && result >= lo && result <= hi) return 'within';
  const loose = target.modifier === '左右';
  if (ceiling) {
    if (result <= hi) return 'met';
    return loose && result <= hi + about(hi) ? 'within' : 'missed';
  }
  if (result >= lo) return 'met';
  return loose && result >= lo - about(lo) ? 'within' : 'missed';
}
