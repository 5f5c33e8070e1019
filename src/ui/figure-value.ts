// A figure's number as a reader writes it: 6.5–7%, 7%左右, 611.3亿元, 1.2万人以上, 0.8个百分点,
// 126万亿元 (not 1260000亿元).
import { MID_MODIFIERS, PRE_MODIFIERS } from '../lib/figure-modifiers';

export interface ValueLike { value: number; valueHigh?: number; unit: string; modifier: string | null }

function amount(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return `${+(v / 1e12).toFixed(2)}万亿`;
  if (a >= 1e8) return `${+(v / 1e8).toFixed(2)}亿`;
  if (a >= 1e4) return `${+(v / 1e4).toFixed(2)}万`;
  return String(v);
}

/**
 * With the words the report qualifies it by, in their place, a result's as a target's (失业率控制在
 * 3.5%以内 is a bound, not 3.5%; 3000余人次 more than 3,000); 力争, a word of aim, is never shown.
 */
export function figureValue(f: ValueLike): string {
  const range = f.valueHigh !== undefined ? `${amount(f.value)}–${amount(f.valueHigh)}` : amount(f.value);
  const unit = f.unit === '百分点' ? '个百分点' : f.unit;
  const modifier = f.modifier && !/力争|力爭/u.test(f.modifier) ? f.modifier : '';
  // Each where the parser read it: before the number (约300人), before the measure word (3000余人次);
  // the rest after the unit (200人以上, 5%左右).
  if (PRE_MODIFIERS.includes(modifier)) return `${modifier}${range}${unit}`;
  if (MID_MODIFIERS.includes(modifier)) return `${range}${modifier}${unit}`;
  return `${range}${unit}${modifier}`;
}
