// Finds which reports and sections match a parsed query, by exact scanning of folded text; the
// section signatures only let the scan skip sections that cannot contain a term. Counts are exact
// (Ctrl+F semantics); positions are materialised later, only for the reports shown.
import { containsTerm, scanTerm } from './match';
import type { ParsedQuery, Term } from './query-parse';
import { mayContain, termKeys } from './signature';
import type { IndexedDoc } from './types';

export interface PreparedTerm extends Term {
  keys: number[];
}

export interface DocMatch {
  doc: IndexedDoc;
  /** Sections where hits count. */
  sections: number[];
  /** Occurrences per include term within those sections. */
  tf: number[];
}

export function prepare(terms: Term[]): PreparedTerm[] {
  return terms.map((t) => ({ ...t, keys: termKeys(t.text, t.phrase) }));
}

function sectionRange(doc: IndexedDoc, s: number): [number, number] {
  const sec = doc.sections[s]!;
  return [doc.paraStart[sec.start]!, doc.paraStart[sec.end]! - 1];
}

export function countIn(doc: IndexedDoc, s: number, term: PreparedTerm): number {
  if (!mayContain(doc.sig, doc.sigStart, s, term.keys)) return 0;
  const [from, to] = sectionRange(doc, s);
  let n = 0;
  scanTerm(doc.folded, term, from, to, () => {
    n++;
  });
  return n;
}

function hasIn(doc: IndexedDoc, s: number, term: PreparedTerm): boolean {
  if (!mayContain(doc.sig, doc.sigStart, s, term.keys)) return false;
  const [from, to] = sectionRange(doc, s);
  return containsTerm(doc.folded, term, from, to);
}

/** Matches one report against the query, or null. Scope 'report': all words anywhere, no -word anywhere. */
export function matchDoc(doc: IndexedDoc, include: PreparedTerm[], exclude: PreparedTerm[], scope: 'report' | 'section'): DocMatch | null {
  const all = [...Array(doc.sections.length).keys()];
  if (scope === 'report') {
    // Count word by word and stop at the first word missing: most reports fail on one word.
    const tf: number[] = [];
    for (const t of include) {
      const n = all.reduce((sum, s) => sum + countIn(doc, s, t), 0);
      if (n === 0) return null;
      tf.push(n);
    }
    if (exclude.some((t) => all.some((s) => hasIn(doc, s, t)))) return null;
    return { doc, sections: all, tf };
  }
  const sections = all.filter((s) => include.every((t) => hasIn(doc, s, t)) && !exclude.some((t) => hasIn(doc, s, t)));
  if (sections.length === 0) return null;
  const tf = include.map((t) => sections.reduce((sum, s) => sum + countIn(doc, s, t), 0));
  return { doc, sections, tf };
}

/** Longer words first: they are rarer and cheaper to search, so mismatches are found sooner. */
export function prepareQuery(q: ParsedQuery): { include: PreparedTerm[]; exclude: PreparedTerm[] } {
  const include = prepare(q.include).sort((a, b) => b.text.length - a.text.length);
  return { include, exclude: prepare(q.exclude) };
}
