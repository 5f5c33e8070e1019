// Ranking: rarer words weigh more (idf over the reports searched), more occurrences count with
// diminishing returns, and a word in the title or in headings lifts a report above one that only
// mentions it in passing. Within a report, title and heading hits come before body hits.
import { containsTerm } from './match';
import type { DocMatch, PreparedTerm } from './scan';
import type { IndexedDoc } from './types';

export const WHERE_BONUS = { title: 2, heading: 1, body: 0 } as const;
const TITLE_WEIGHT = 2;
const HEADING_WEIGHT = 0.75;
const MAX_HEADINGS = 3;

export function whereOf(doc: IndexedDoc, para: number): 'title' | 'heading' | 'body' {
  if (para === doc.titlePara) return 'title';
  let lo = 0;
  let hi = doc.headingParas.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.headingParas[mid]! < para) lo = mid + 1;
    else hi = mid;
  }
  return doc.headingParas[lo] === para ? 'heading' : 'body';
}

function paraHas(doc: IndexedDoc, para: number, term: PreparedTerm): boolean {
  return containsTerm(doc.folded, term, doc.paraStart[para]!, doc.paraStart[para + 1]! - 1);
}

/** Weight of each include word: ln(1 + searched / reports containing it). */
export function idfs(matches: DocMatch[], searched: number, terms: number): number[] {
  return [...Array(terms).keys()].map((i) => {
    const df = matches.reduce((n, m) => n + (m.tf[i]! > 0 ? 1 : 0), 0);
    return Math.log(1 + searched / Math.max(1, df));
  });
}

export function scoreDoc(m: DocMatch, include: PreparedTerm[], weights: number[]): number {
  const { doc } = m;
  const inScope = (p: number) => m.sections.some((s) => doc.sections[s]!.start <= p && p < doc.sections[s]!.end);
  let score = 0;
  include.forEach((t, i) => {
    const w = weights[i]!;
    score += w * (1 + Math.log(m.tf[i]!));
    if (doc.titlePara >= 0 && inScope(doc.titlePara) && paraHas(doc, doc.titlePara, t)) score += TITLE_WEIGHT * w;
    let headings = 0;
    for (const p of doc.headingParas) {
      if (headings >= MAX_HEADINGS) break;
      if (p !== doc.titlePara && inScope(p) && paraHas(doc, p, t)) headings++;
    }
    score += HEADING_WEIGHT * headings * w;
  });
  return Math.round(score * 1000) / 1000;
}
