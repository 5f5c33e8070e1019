// A figure's number as a reader writes it: 6.5–7%, 7%左右, 611.3亿元, 1.2万人以上, 0.8个百分点,
// 126万亿元 (not 1260000亿元).
export interface ValueLike { value: number; valueHigh?: number; unit: string; modifier: string | null }

function amount(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return `${+(v / 1e12).toFixed(2)}万亿`;
  if (a >= 1e8) return `${+(v / 1e8).toFixed(2)}亿`;
  if (a >= 1e4) return `${+(v / 1e4).toFixed(2)}万`;
  return String(v);
}

/** `withModifier` false leaves 左右/以上 off (a result is what it is); 力争 is never shown beside the number. */
export function figureValue(f: ValueLike, withModifier = true): string {
  const range = f.valueHigh !== undefined ? `${amount(f.value)}–${amount(f.valueHigh)}` : amount(f.value);
  const unit = f.unit === '百分点' ? '个百分点' : f.unit;
  const modifier = withModifier && f.modifier && !/力争|力爭/u.test(f.modifier) ? f.modifier : '';
  return `${range}${unit}${modifier}`;
}
