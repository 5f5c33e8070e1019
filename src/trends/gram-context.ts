// Whether a frequent gram is a term or a piece of a longer string, judged by the characters next to
// it. A side where one to three neighbours hold nearly all occurrences binds the gram to longer
// strings (委会 ← 常, 市政 → 协 / 府); neighbours that are particles, punctuation or text ends are
// boundaries and never bind. A four-character gram's holders are too long to list, so it goes only
// when a holder splits a word (大常委会 ← 人: 人大 lives well beyond it; 二十大精 → 神: the ICU word
// segmenter reads 精神 as one word) or both its sides are bound; 恢复重建 ← 后 stays.

/** Neighbour (alphabet index) → occurrences of the gram next to it. */
export type Tally = Map<number, number>;

export interface Candidate {
  key: number;
  n: number;
  count: number;
  left: Tally;
  right: Tally;
}

/** One neighbour holding this share of the occurrences binds a side. */
const ONE = 0.8;
/** Up to three neighbours, each holding at least SHARE, binding this share together. */
const FEW = 0.9;
export const SHARE = 0.1;
const MAX_HOLDERS = 3;
/** A junction bigram this much more frequent than the holder lives beyond it: a word the holder splits. */
const WORD = 1.25;

/** The neighbours binding one side, largest first; empty when the side is free. */
export function holders(tally: Tally, count: number): Array<[number, number]> {
  const top = [...tally].sort((a, b) => b[1] - a[1]).slice(0, MAX_HOLDERS).filter(([, c]) => c >= count * SHARE);
  if (top.length && top[0]![1] >= count * ONE) return top.slice(0, 1);
  return top.reduce((s, [, c]) => s + c, 0) >= count * FEW ? top : [];
}

/** How a gram meets a neighbour on one side (0 left, 1 right). */
export interface Junction {
  /** Occurrences of the bigram the neighbour forms with the gram's edge character. */
  count(side: 0 | 1, x: number): number;
  /** The gram with the neighbour added, as text. */
  holder(side: 0 | 1, x: number): string;
}

export function isFragment(cand: Candidate, maxN: number, junction: Junction): boolean {
  let bound = 0;
  for (const side of [0, 1] as const) {
    const hs = holders(side ? cand.right : cand.left, cand.count);
    if (!hs.length) continue;
    if (cand.n < maxN) return true;
    const [x, c] = hs[0]!;
    if (junction.count(side, x) >= c * WORD || splitsWord(junction.holder(side, x), side ? cand.n : 1)) return true;
    bound++;
  }
  return bound === 2;
}

let segmenter: Intl.Segmenter | null | undefined;

/** Whether ICU's dictionary puts no word boundary at `cut` (false where Intl.Segmenter is missing). */
export function splitsWord(text: string, cut: number): boolean {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return false;
  for (const { index } of segmenter.segment(text)) if (index >= cut) return index > cut;
  return true;
}

/** Adds `by` to a neighbour's count. */
export function tallyAdd(tally: Tally, x: number, by = 1): void {
  tally.set(x, (tally.get(x) ?? 0) + by);
}
