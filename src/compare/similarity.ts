// How alike two sections are: heading similarity (bigram Dice on folded titles, numbering ignored)
// blended with content similarity (bigram Dice on folded section text, each bigram weighted by its
// rarity over both reports' paragraphs). Content can carry a pair alone (a reworded heading over the
// same text); a heading alone cannot (every report has 加强自身建设).
import { charDice, dice, weightedDice } from './grams';
import type { Section } from './sections';

export interface PairScore {
  title: number;
  content: number;
  total: number;
}

/** Below this many text bigrams a section has too little text to judge by content. */
const MIN_TEXT = 12;
const TITLE_WEIGHT = 0.5;
/** Score of two parts with the same role, at least: above the in-order bar, below the moved bar. */
const SAME_ROLE_FLOOR = 0.5;

export function titleSimilarity(a: Section, b: Section): number {
  if (a.key === b.key) return a.key.length > 0 ? 1 : 0;
  if (a.titleGrams.length < 2 || b.titleGrams.length < 2) return charDice(a.key, b.key);
  const bigram = dice(a.titleGrams, b.titleGrams);
  // A truncated heading (党建工作 for 加强党建工作) is a prefix or suffix of the full one.
  const shorter = a.key.length < b.key.length ? a.key : b.key;
  const longer = shorter === a.key ? b.key : a.key;
  const contained = shorter.length >= 4 && longer.includes(shorter) ? 0.85 : 0;
  return Math.max(bigram, contained);
}

export function pairScore(a: Section, b: Section, weights: Float64Array): PairScore {
  const title = titleSimilarity(a, b);
  const thin = a.textGrams.length < MIN_TEXT || b.textGrams.length < MIN_TEXT;
  const content = thin ? 0 : weightedDice(a.textGrams, a.textMass, b.textGrams, b.textMass, weights);
  const total = thin ? title * 0.8 : Math.max(content, TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * content);
  return { title, content, total: roleAdjusted(a, b, total) };
}

/**
 * Top-level parts: two review parts (or two plan parts) correspond even across bodies and years,
 * when their words share little; a review part never answers a plan part.
 */
function roleAdjusted(a: Section, b: Section, total: number): number {
  if (a.role === null || b.role === null) return total;
  return a.role === b.role ? Math.min(1, Math.max(SAME_ROLE_FLOOR, total + 0.25)) : total * 0.4;
}
