// Finds number + measure word candidates in one paragraph and rejects the look-alikes:
// ordinals (第十三届), sessions (四届三次会议), ranks (前3名), ranges, slogans (四个意识, 八项规定).
import { parseArabic, parseChineseNumeral, magnitude, roundValue, CHINESE_NUMERAL_CHARS } from '../../text/numerals';
import {
  MEASURE_WORDS, CHINESE_NUMERAL_MEASURES, PRE_MODIFIERS, MID_MODIFIERS, POST_MODIFIERS, MAGNITUDES,
  NOT_AFTER_MEASURE, alternation,
} from './units';

export interface RawFigure {
  /** Where the figure's own words start (pre-modifier or number) and end (after measure word and post-modifier). */
  start: number;
  end: number;
  value: number;
  unit: string;
  modifier: string | null;
}

const ARABIC = '[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?';
const PATTERN = new RegExp(
  `(${alternation(PRE_MODIFIERS)})?(?:(${ARABIC})(${alternation(MID_MODIFIERS)})?(万亿|萬億|[${MAGNITUDES}])?|([${CHINESE_NUMERAL_CHARS}]+))` +
  `(${alternation(MID_MODIFIERS)})?[ \u00a0]?(${alternation(MEASURE_WORDS)})(${alternation(POST_MODIFIERS)})?`,
  'uy',
);
/**
 * Every match opens with a pre-modifier or a numeral, so the sticky pattern is tried only at those
 * characters (a table lookup per character): it finds exactly what a global scan would, without the
 * engine walking the long alternation at every position of the paragraph. A number run (二〇二三,
 * 1,053.5, 3万) can only match where a measure word starts inside it or just after it (across
 * modifiers, magnitudes and a space); when none does, no start inside the run can match either.
 */
const OPENS = 1, RUN = 2, MEASURE_FIRST = 4, BRIDGE = 8;
const CLASS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => { for (const c of chars) CLASS[c.charCodeAt(0)]! |= bit; };
mark(`0123456789０１２３４５６７８９${CHINESE_NUMERAL_CHARS}${PRE_MODIFIERS.map((w) => w[0]).join('')}`, OPENS);
mark(`0123456789０１２３４５６７８９,.．${CHINESE_NUMERAL_CHARS}`, RUN);
mark(MEASURE_WORDS.map((w) => w[0]).join(''), MEASURE_FIRST);
mark(`${MID_MODIFIERS.join('')}${MAGNITUDES} \u00a0`, BRIDGE);

/** -1 when a measure word may follow the number run opening at `i`; else where the run ends. */
function runWithoutMeasure(text: string, i: number): number {
  let j = i + 1;
  for (; j < text.length && CLASS[text.charCodeAt(j)]! & RUN; j++) if (CLASS[text.charCodeAt(j)]! & MEASURE_FIRST) return -1;
  for (let k = j; k < text.length && k < j + 4; k++) {
    const c = CLASS[text.charCodeAt(k)]!;
    if (c & MEASURE_FIRST) return -1;
    if (!(c & BRIDGE)) break;
  }
  return j;
}

/** Characters before a number that make it an ordinal, a rank (前3名, not 目前), a range end or part of a code. */
const BAD_BEFORE = /(?:[第届屆A-Za-z0-9０-９.．#№_/\\]|(?<![目此之提年])前|[0-9０-９一二三四五六七八九十][至到~～\-—－])$/u;
/** A numeral right before 次会议 / 届 is a session number, not a count. */
const SESSION_AFTER = /^(会|會|全会|全會|大会|大會|常委|代表)/u;
const SLOGAN_AFTER = /^(规定|規定|原则|原則|基本|主义|主義|意识|意識|自信|维护|維護)/u;
const SINGLE_MAGNITUDE = /^[十百千万萬亿億]$/u;

export function scanFigures(text: string): RawFigure[] {
  const out: RawFigure[] = [];
  const inBook = bookTitleTest(text);
  for (let i = 0; i < text.length; i++) {
    const c = CLASS[text.charCodeAt(i)]!;
    if (!(c & OPENS)) continue;
    const runEnd = c & RUN ? runWithoutMeasure(text, i) : -1;
    if (runEnd >= 0) { i = runEnd - 1; continue; }
    PATTERN.lastIndex = i;
    const m = PATTERN.exec(text);
    if (!m) continue;
    i += m[0].length - 1;
    const raw = toRaw(text, m, inBook);
    if (raw) out.push(raw);
  }
  return out;
}

function toRaw(text: string, m: RegExpMatchArray, insideBookTitle: (at: number) => boolean): RawFigure | null {
  const [matched, pre, arabic, midBeforeMagnitude, mag, chinese, midAfter, compound, post] = m;
  // 3个次要问题: a compound X次 whose 次 opens the next word falls back to X.
  const split = compound?.length === 2 && compound.endsWith('次') && !post && NOT_AFTER_MEASURE[compound]?.test(text.slice((m.index ?? 0) + matched.length));
  const unit = split ? compound!.slice(0, -1) : compound;
  const whole = split ? matched.slice(0, -1) : matched;
  const mid = midBeforeMagnitude ?? midAfter;
  const start = m.index ?? 0;
  const numberStart = start + (pre?.length ?? 0);
  const before = text.slice(Math.max(0, numberStart - 4), numberStart).trimEnd();
  const after = text.slice(start + whole.length - (post?.length ?? 0));
  if (!unit || BAD_BEFORE.test(before) || insideBookTitle(numberStart)) return null;
  if (NOT_AFTER_MEASURE[unit]?.test(after)) return null;
  if (unit === '期' && !heldOrIssued(text, numberStart)) return null;
  let value: number | null;
  if (arabic !== undefined) {
    value = parseArabic(arabic);
    if (value === null || /^0\d/.test(arabic)) return null;
    // 万亿 (a trillion, as national budgets count) is two magnitudes in a row.
    value = roundValue(value * [...(mag ?? '')].reduce((v, c) => v * magnitude(c), 1));
  } else {
    value = chineseCount(chinese ?? '', unit, before, after);
  }
  if (value === null || value <= 0) return null;
  const modifier = pre ?? mid ?? post ?? null;
  return { start, end: start + whole.length, value, unit, modifier };
}

/**
 * Numbers inside 《…》 belong to a document's name (《70年70人》, 《…二十条措施》), not to work done.
 * Positions only grow, so the last 《 and 》 are tracked forward: a long paragraph is scanned once.
 */
function bookTitleTest(text: string): (at: number) => boolean {
  if (!text.includes('《')) return () => false;
  let pos = 0, open = -1, close = -1;
  return (at) => {
    for (; pos < at; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 0x300a) open = pos; // 《
      else if (c === 0x300b) close = pos; // 》
    }
    return open >= 0 && close < open;
  };
}

/** What makes N期 a count of sessions or issues (举办培训班3期, 编报信息168期): a verb of holding or issuing. */
const HOLD_OR_ISSUE = /举|舉|办|辦|组织|組織|开展|開展|开设|開設|编|編|报送|報送|刊|出版|推出|发布|發布|發佈|印发|印發|培训|培訓|录制|錄製|播出/u;
/** Characters looked back for that verb, within the clause (a bounded look: one figure, one short read). */
const CLAUSE_LOOKBACK = 40;

/**
 * Whether the clause before the number holds such a verb. Without one, N期 is a project's phase
 * (物流园二期、, 华川供热二期), not a count of anything.
 */
function heldOrIssued(text: string, numberStart: number): boolean {
  const back = text.slice(Math.max(0, numberStart - CLAUSE_LOOKBACK), numberStart);
  const clause = back.slice(Math.max(...[...'，,。；;：:！？!?\n'].map((c) => back.lastIndexOf(c))) + 1);
  return HOLD_OR_ISSUE.test(clause);
}

/** Chinese numerals count only with a trusted measure word, outside quotes and session numbers. */
function chineseCount(numeral: string, unit: string, before: string, after: string): number | null {
  if (!CHINESE_NUMERAL_MEASURES.has(unit) || SINGLE_MAGNITUDE.test(numeral)) return null;
  if (/[“「『"']$/u.test(before) || SLOGAN_AFTER.test(after)) return null;
  if (unit === '次' && SESSION_AFTER.test(after)) return null;
  const value = parseChineseNumeral(numeral);
  return value !== null && value >= 2 ? value : null;
}
