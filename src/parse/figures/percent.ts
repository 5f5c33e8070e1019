// Rates as figures: growth (增长7.2%), decline (下降3.4% -> -3.4), level or share (失业率5%,
// 占比80%), ranges (6.5%—7%: value the lower end, valueHigh the upper), per mille (‰) and
// percentage points (提高0.8个百分点), in both widths of digits and signs.
import { parseArabic, parseChineseNumeral } from '../../text/numerals';
import type { RawFigure } from './scan';

export interface RawRate extends RawFigure {
  valueHigh?: number;
}

// 6 . 5% (a typesetter's spaces on both sides of the point) is 6.5, not 5.
const NUM = '[0-9０-９]+(?:(?:[.．]| [.．] )[0-9０-９]+)?';
const SIGN = '[%％‰]|个百分点|個百分點|百分点|百分點';
const DASH = '[—–\\-－~～至到]{1,2}';
const PRE = '约|約|近|超过|超過|逾|超';
const POST = '左右|以上|以内|以內|以下|之内|之內|上下';
// A number never starts inside a digit run: the engine would retry every suffix of a long run.
const RATE = new RegExp(`(${PRE})?(?<![0-9０-９])(${NUM})(${SIGN})?(?:${DASH}(${NUM}))?(${SIGN})(${POST})?`, 'gu');

/** 千分之四点五, 百分之十: a rate written in words, as older reports write per mille. */
// 三千分之一 (one in three thousand) is no per mille: the word must not close a numeral.
const WORDED = new RegExp(`(?<![零〇一二两兩三四五六七八九十百千万萬亿億0-9０-９])(千分之|百分之)([零〇一二两兩三四五六七八九十]{1,4})(?![零〇一二两兩三四五六七八九十])(?:[点點]([零〇一二三四五六七八九]{1,4})(?![零〇一二三四五六七八九]))?(${POST})?`, 'gu');
const DIGIT_WORDS = '零一二三四五六七八九';

/** A verb right before the number that makes the figure a fall: 下降3.4%, 同比减少8%; not 降到/降至 (a level). */
const FALL = /(下降|减少|減少|降低|回落|下滑|收窄|减|減|降)(了)?$/u;
/** Characters before a number that make it part of something else: a code, a year range, a ratio. */
const BAD_BEFORE = /[A-Za-z0-9０-９.．:：/／]$/u;

export function scanRates(text: string): RawRate[] {
  if (!/[%％‰点點]|分之/u.test(text)) return [];
  const out: RawRate[] = [];
  for (const m of text.matchAll(RATE)) {
    const [whole, pre, low, lowSign, high, sign, post] = m;
    const start = m.index;
    const numberStart = start + (pre?.length ?? 0);
    if (BAD_BEFORE.test(text.slice(Math.max(0, numberStart - 1), numberStart))) continue;
    // 6.5%—7% or 6.5—7%: both ends in one unit; a range whose ends disagree in sign is not one.
    if (lowSign && high && unitOf(lowSign) !== unitOf(sign!)) continue;
    const value = parseArabic(low!.replace(/ /gu, ''));
    const top = high ? parseArabic(high.replace(/ /gu, '')) : null;
    if (value === null || /^0[0-9]/u.test(low!.normalize('NFKC'))) continue;
    const falls = FALL.test(text.slice(Math.max(0, numberStart - 4), numberStart));
    const rate: RawRate = {
      start, end: start + whole.length, value: falls ? -value : value, unit: unitOf(sign!),
      modifier: post ?? pre ?? null,
    };
    if (top !== null && top > value) {
      if (falls) { rate.value = -top; rate.valueHigh = -value; } else rate.valueHigh = top;
    }
    out.push(rate);
  }
  if (text.includes('分之')) wordedRates(text, out);
  return out;
}

function wordedRates(text: string, out: RawRate[]): void {
  const before = out.length;
  for (const m of text.matchAll(WORDED)) {
    const [whole, per, int, frac, post] = m;
    const whole10 = parseChineseNumeral(int!);
    if (whole10 === null) continue;
    const digits = [...(frac ?? '')].map((c) => DIGIT_WORDS.indexOf(c === '〇' ? '零' : c)).join('');
    const value = digits ? Number(`${whole10}.${digits}`) : whole10;
    if (!(value > 0)) continue;
    const falls = FALL.test(text.slice(Math.max(0, m.index - 4), m.index));
    out.push({ start: m.index, end: m.index + whole.length, value: falls ? -value : value, unit: per === '千分之' ? '‰' : '%', modifier: post ?? null });
  }
  if (out.length > before) out.sort((a, b) => a.start - b.start);
}

function unitOf(sign: string): string {
  if (sign === '%' || sign === '％') return '%';
  if (sign === '‰') return '‰';
  return '百分点';
}
