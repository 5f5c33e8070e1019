// The most frequent two- to four-character terms of a report or a set of reports: Han n-grams
// counted in folded text, minus the stop list and grams starting or ending on a particle, and minus
// a shorter gram that is (almost) always part of one longer term (改革 inside 数字化改革).
import { EDGE_STOP_CHARS } from './stop-words';

export interface TopTerm {
  term: string;
  count: number;
  per10k: number;
}

const HAN_RUN = /[\u3400-\u9fff]{2,}/g;
const MIN_N = 2;
const MAX_N = 4;
/** A shorter gram goes when a longer one holding it covers this share of its occurrences. */
const SUBSUMED = 0.8;

function addGrams(text: string, stop: ReadonlySet<string>, counts: Map<string, number>): void {
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      if (EDGE_STOP_CHARS.has(run[i]!)) continue;
      for (let n = MIN_N; n <= MAX_N && i + n <= run.length; n++) {
        const gram = run.slice(i, i + n);
        if (EDGE_STOP_CHARS.has(gram[n - 1]!) || stop.has(gram)) continue;
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
}

function subsumed(gram: string, count: number, counts: Map<string, number>, longer: Map<string, string[]>): boolean {
  for (const holder of longer.get(gram) ?? []) if (counts.get(holder)! >= count * SUBSUMED) return true;
  return false;
}

/** For every gram, the counted grams one character longer that hold it. */
function indexLonger(counts: Map<string, number>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const gram of counts.keys()) {
    if (gram.length <= MIN_N) continue;
    for (const part of [gram.slice(1), gram.slice(0, -1)]) {
      const list = index.get(part);
      if (list) list.push(gram);
      else index.set(part, [gram]);
    }
  }
  return index;
}

/** Top `limit` terms over folded texts; `stop` holds folded stop words. */
export function topTerms(folded: readonly string[], stop: ReadonlySet<string>, limit = 30): TopTerm[] {
  const counts = new Map<string, number>();
  let length = 0;
  for (const text of folded) {
    addGrams(text, stop, counts);
    length += text.length;
  }
  for (const [gram, c] of counts) if (c < 2) counts.delete(gram);
  const longer = indexLonger(counts);
  const kept = [...counts].filter(([gram, c]) => !subsumed(gram, c, counts, longer));
  kept.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
  return kept.slice(0, limit).map(([term, count]) => ({ term, count, per10k: length ? (count * 10000) / length : 0 }));
}
