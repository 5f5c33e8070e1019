// Ranking: rarer words weigh more (idf over the reports searched), more occurrences count with
// diminishing returns, and a word in the title or in headings lifts a report above one that only
// mentions it in passing. Within a report, title and heading hits come before body hits.
import type { DocMatch } from './scan';

export const WHERE_BONUS = { title: 2, heading: 1, body: 0 } as const;
const TITLE_WEIGHT = 2;
const HEADING_WEIGHT = 0.75;
export const MAX_HEADINGS = 3;

/** Weight of each include word: ln(1 + searched / reports containing it); every matched report contains every word. */
export function idfs(matched: number, searched: number, terms: number): number[] {
  return [...Array(terms).keys()].map(() => {
    return Math.log(1 + searched / Math.max(1, matched));
  });
}

/** A report's score without its title and heading bonus (from its counts alone), and the most that bonus can add. */
export function baseScore(tf: ArrayLike<number>, weights: number[]): number {
  let score = 0;
  for (let i = 0; i < weights.length; i++) score += weights[i]! * (1 + Math.log(tf[i]!));
  return score;
}

export function bonusBound(weights: number[]): number {
  return weights.reduce((n, w) => n + (TITLE_WEIGHT + HEADING_WEIGHT * MAX_HEADINGS) * w, 0);
}

export function scoreDoc(m: Pick<DocMatch, 'tf' | 'title' | 'heading'>, weights: number[]): number {
  let score = 0;
  // Plain loops: this runs once per matched report, thousands of times per query.
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    score += w * (1 + Math.log(m.tf[i]!));
    if (m.title[i]! > 0) score += TITLE_WEIGHT * w;
    score += HEADING_WEIGHT * Math.min(MAX_HEADINGS, m.heading[i]!) * w;
  }
  return Math.round(score * 1000) / 1000;
}
