// Numbers as Chinese reports write them: Arabic (full- or half-width, 1,053 / 1.4), Chinese
// numerals (十二, 一百二十三, 两千), digit-by-digit years (二〇二三), and the 万/亿/千 multipliers.

const DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const SMALL_UNITS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };
const BIG_UNITS: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8 };

/** Characters that can make up a Chinese numeral, for building regular expressions. */
export const CHINESE_NUMERAL_CHARS = '〇零○一二两兩三四五六七八九十拾百佰千仟万萬亿億';

/** Multiplier of a magnitude character (万 -> 1e4), or 1 when it is none. */
export function magnitude(ch: string | undefined): number {
  if (!ch) return 1;
  return BIG_UNITS[ch] ?? (ch === '千' || ch === '仟' ? 1000 : 1);
}

/** Full-width digits and separators to ASCII, thousands separators dropped: "１，０５３．５" -> "1053.5". */
export function parseArabic(s: string): number | null {
  const ascii = s.normalize('NFKC').replace(/[,，]/g, '');
  if (!/^\d+(\.\d+)?$/.test(ascii)) return null;
  return Number(ascii);
}

/** Digit-by-digit numerals (二〇二三 -> 2023), as years and phone numbers are written. */
function parseDigitRun(s: string): number | null {
  let out = '';
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    out += String(d);
  }
  return out ? Number(out) : null;
}

/** Positional numerals: 十二 -> 12, 一百零五 -> 105, 三千二百万 -> 32000000. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  if (![...s].some((c) => c in SMALL_UNITS || c in BIG_UNITS)) return s.length > 1 ? parseDigitRun(s) : (DIGITS[s] ?? null);
  let total = 0, section = 0, digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) { digit = DIGITS[ch]!; continue; }
    const small = SMALL_UNITS[ch];
    // 一万零十: a 零 before a unit stands for the gap, not a zero multiplier (零十 is 10).
    if (small) { section += (digit || 1) * small; digit = null; continue; }
    const big = BIG_UNITS[ch];
    if (!big) return null;
    total = (total + section + (digit ?? 0)) * big;
    section = 0; digit = null;
  }
  return total + section + (digit ?? 0);
}

/** Either notation; a trailing 万/亿 multiplies an Arabic number (1.4万 -> 14000). */
export function parseNumber(s: string): number | null {
  const m = /^(.*?)([万萬亿億]?)$/u.exec(s.trim());
  if (!m) return null;
  const arabic = parseArabic(m[1]!);
  if (arabic !== null) return roundValue(arabic * magnitude(m[2]));
  return parseChineseNumeral(s.trim());
}

/** Floating-point products like 29.33 * 1e4 are rounded back to what the text meant. */
export function roundValue(n: number): number {
  // Whole numbers under 1e12 are already what toPrecision(12) would give, and it is costly.
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return n;
  return Number(n.toPrecision(12));
}
