// Gives each figure of a paragraph what it measures (indicator, indicatorKey), its role (target,
// result, period-target or null) and the year it is about; the paragraph's part comes from role.ts,
// names from indicator.ts. Work per figure is bounded (sentence windows of a few hundred
// characters, found by binary search), so a paragraph of a million characters stays linear.
import type { Figure } from '../../model/report';
import { codeTable, keyOf, nameAt, newNameState } from './indicator';
import { roleOf, type Part, type Years } from './role';

const RATE_UNITS = new Set(['%', '‰', '百分点']);
const SENTENCE_END = codeTable('。！？!?');
const CLAUSE_END = codeTable('，,；;。：:！!？?');
/** How far a sentence window reaches on either side of a figure. */
const REACH = 300;

/** Positions just after each sentence end, with 0 first: sentence i is [ends[i], ends[i+1]). */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END[text.charCodeAt(i)]) starts.push(i + 1);
  return starts;
}

/**
 * The figure's sentence, or in a sentence longer than two reaches the block of text around it
 * (blocks start at multiples of REACH, so figures near each other share one and its role reading).
 */
function sentenceAround(text: string, starts: number[], at: number): [number, number] {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= at) lo = mid; else hi = mid - 1; }
  const from = starts[lo]!, to = starts[lo + 1] ?? text.length;
  return to - from <= 2 * REACH ? [from, to] : blockAround(at, from, to);
}

/** The block of text around `at` within [from, to): blocks start at multiples of REACH, so figures near each other share one. */
function blockAround(at: number, from: number, to: number): [number, number] {
  const block = Math.floor(at / REACH) * REACH;
  return [Math.max(from, block - REACH), Math.min(to, block + 2 * REACH)];
}

/**
 * The figure's clause; where no clause mark comes within REACH (a line of figures without punctuation),
 * the block around it as sentenceAround gives one, so figures near each other share its role reading.
 */
function clauseAround(text: string, at: number): [number, number] {
  let from = at, to = at;
  while (from > 0 && at - from < REACH && !CLAUSE_END[text.charCodeAt(from - 1)]) from--;
  while (to < text.length && to - at < REACH && !CLAUSE_END[text.charCodeAt(to)]) to++;
  return at - from < REACH && to - at < REACH ? [from, to] : blockAround(at, 0, text.length);
}

export function annotate(text: string, figures: Figure[], starts: number[], part: Part, years: Years): void {
  if (figures.length === 0) return;
  const state = newNameState();
  const sentences = sentenceStarts(text);
  const lead = text.slice(0, Math.min(sentences[1] ?? text.length, REACH));
  // Figures of one sentence with the same clause words read alike: the cue regexes run once for them.
  const roles = new Map<string, ReturnType<typeof roleOf>>();
  figures.forEach((f, i) => {
    const at = starts[i]!;
    const name = nameAt(text, at, state);
    const key = keyOf(name);
    f.indicator = RATE_UNITS.has(f.unit) || key ? name : null;
    f.indicatorKey = key;
    const clause = clauseAround(text, at);
    const sentence = sentenceAround(text, sentences, at), clauseText = text.slice(...clause);
    const memo = `${sentence[0]}:${sentence[1]}:${clauseText}`;
    let read = roles.get(memo);
    if (!read) roles.set(memo, (read = roleOf(part, years, lead, text.slice(...sentence), clauseText)));
    const { role, year } = read;
    f.role = role;
    f.year = year;
    // 力争增长15%: the aim is written before the verb, not next to the number.
    if (f.modifier === null && role === 'target') {
      const aim = /力争|力爭/u.exec(text.slice(clause[0], at));
      if (aim) { f.modifier = aim[0]; f.approximate = true; }
    }
  });
}
