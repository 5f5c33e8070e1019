// Ranking: rarer words weigh more (idf over the reports searched), more occurrences count with
// diminishing returns, and a word in the title or in headings lifts a report above one that only
// mentions it in passing. Within a report, title and heading hits come before body hits.
import type { DocMatch } from './scan';

export const WHERE_BONUS = { title: 2, heading: 1, body: 0 } as const;
const TITLE_WEIGHT = 2;
const HEADING_WEIGHT = 0.75;
const MAX_HEADINGS = 3;

/** Weight of each include word: ln(1 + searched / reports containing it). */
export function idfs(matches: DocMatch[], searched: number, terms: number): number[] {
  return [...Array(terms).keys()].map((i) => {
    const df = matches.reduce((n, m) => n + (m.tf[i]! > 0 ? 1 : 0), 0);
    return Math.log(1 + searched / Math.max(1, df));
  });
}

export function scoreDoc(m: DocMatch, weights: number[]): number {
  let score = 0;
  weights.forEach((w, i) => {
    score += w * (1 + Math.log(m.tf[i]!));
    if (m.title[i]! > 0) score += TITLE_WEIGHT * w;
    score += HEADING_WEIGHT * Math.min(MAX_HEADINGS, m.heading[i]!) * w;
  });
  return Math.round(score * 1000) / 1000;
}
