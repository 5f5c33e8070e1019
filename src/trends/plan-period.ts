// The five-year plan periods that reports are read in (十三五 = 2016–2020): the plans run five
// calendar years each, the ninth from 1996, so a year names its period without a table.

export interface PlanPeriod {
  /** 13 for 十三五. */
  number: number;
  from: number;
  to: number;
}

const NINTH_FROM = 1996;

export function planPeriod(year: number): PlanPeriod | null {
  if (!Number.isInteger(year) || year < NINTH_FROM) return null;
  const k = Math.floor((year - NINTH_FROM) / 5);
  return { number: 9 + k, from: NINTH_FROM + 5 * k, to: NINTH_FROM + 5 * k + 4 };
}

/** The periods these years fall in, oldest first, each once. */
export function planPeriods(years: readonly number[]): PlanPeriod[] {
  const byFrom = new Map<number, PlanPeriod>();
  for (const y of years) {
    const p = planPeriod(y);
    if (p) byFrom.set(p.from, p);
  }
  return [...byFrom.values()].sort((a, b) => a.from - b.from);
}

const DIGITS = '〇一二三四五六七八九';

/** 13 -> 十三五, 9 -> 九五: how the period is named in the reports themselves. */
export function planName(number: number): string {
  const tens = Math.floor(number / 10);
  const ones = number % 10;
  const head = tens === 0 ? DIGITS[ones]! : `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
  return `${head}五`;
}
