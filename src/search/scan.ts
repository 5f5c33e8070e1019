// Finds which reports and sections match a parsed query, exactly: one- and two-character words are
// counted from the report's gram table, longer ones by one indexOf pass per section the section
// signature admits (slices, since indexOf on the whole text would run past a section's end).
import { containsTerm, scanTerm } from './match';
import type { ParsedQuery, Term } from './query-parse';
import { gramCount, gramKey } from './grams';
import { mayContain, termKeys } from './signature';
import type { IndexedDoc } from './types';

export interface PreparedTerm extends Term {
  keys: number[];
}

export interface DocMatch {
  doc: IndexedDoc;
  /** Sections where hits count (ascending). */
  sections: number[];
  /** Per include word: occurrences in those sections, and how many of them stand in the title / in headings. */
  tf: number[];
  title: number[];
  heading: number[];
}

interface Walk {
  at: number;
  para: number;
  section: number;
  where: 'title' | 'heading' | 'body';
}

export function prepare(terms: Term[]): PreparedTerm[] {
  return terms.map((t) => ({ ...t, keys: termKeys(t.text, t.phrase) }));
}

/** Longer words first: they are rarer and cheaper to search, so mismatches are found sooner. */
export function prepareQuery(q: ParsedQuery): { include: PreparedTerm[]; exclude: PreparedTerm[] } {
  const include = prepare(q.include).sort((a, b) => b.text.length - a.text.length);
  return { include, exclude: prepare(q.exclude) };
}

/** Whether some section's signature admits the word. */
function mayHave(doc: IndexedDoc, term: PreparedTerm): boolean {
  for (let s = 0; s < doc.sections.length; s++) if (mayContain(doc.sig, doc.sigStart, s, term.keys)) return true;
  return false;
}

/**
 * Every occurrence of the word in the report, in order, with its paragraph, section and kind of
 * paragraph. Sections whose signature rules the word out are skipped; the others are scanned as
 * slices (V8 slices share the text), since indexOf on the whole text would run past a section's end.
 */
export function walkTerm(doc: IndexedDoc, term: PreparedTerm, visit: (w: Walk) => boolean | void): void {
  let h = 0;
  let go = true;
  for (let section = 0; go && section < doc.sections.length; section++) {
    if (!mayContain(doc.sig, doc.sigStart, section, term.keys)) continue;
    const sec = doc.sections[section]!;
    const from = doc.paraStart[sec.start]!;
    const slice = doc.folded.slice(from, doc.paraStart[sec.end]! - 1);
    let para = sec.start;
    scanTerm(slice, term, 0, slice.length, (offset) => {
      const at = from + offset;
      while (doc.paraStart[para + 1]! <= at) para++;
      while (h < doc.headingParas.length && doc.headingParas[h]! < para) h++;
      const where = para === doc.titlePara ? 'title' : doc.headingParas[h] === para ? 'heading' : 'body';
      return (go = visit({ at, para, section, where }) !== false);
    });
  }
}

/** The word's count from the report's gram table, or null when there is no table or it cannot count the word. */
function countFromGrams(doc: IndexedDoc, term: PreparedTerm): number | null {
  const key = gramKey(term.text);
  if (key === null || !doc.gramKeys || !doc.gramCounts) return null;
  return gramCount({ keys: doc.gramKeys, counts: doc.gramCounts }, key);
}

/** Occurrences of the word, and of them in the title and in headings; from the gram table when it can count the word. */
function stats(doc: IndexedDoc, term: PreparedTerm, allowed: Uint8Array | null) {
  const counted = allowed ? null : countFromGrams(doc, term);
  if (counted !== null) {
    const titleEnd = doc.headText.indexOf('\n');
    const out = { tf: counted, title: 0, heading: 0 };
    if (counted > 0) scanTerm(doc.headText, term, 0, doc.headText.length, (at) => void (at < titleEnd ? out.title++ : out.heading++));
    return out;
  }
  const out = { tf: 0, title: 0, heading: 0 };
  walkTerm(doc, term, (w) => {
    if (allowed && !allowed[w.section]) return;
    out.tf++;
    if (w.where === 'title') out.title++;
    else if (w.where === 'heading') out.heading++;
  });
  return out;
}

/** Whether the word occurs anywhere in the report. */
function present(doc: IndexedDoc, term: PreparedTerm): boolean {
  const counted = countFromGrams(doc, term);
  if (counted !== null) return counted > 0;
  return mayHave(doc, term) && containsTerm(doc.folded, term, 0, doc.folded.length);
}

/** Cheap test before any scan: the gram count when it is exact, else the section signatures. */
function mayMatch(doc: IndexedDoc, term: PreparedTerm): boolean {
  const counted = countFromGrams(doc, term);
  return counted === null ? mayHave(doc, term) : counted > 0;
}

/** Sections holding every include word and no excluded word. */
function sectionsWithAll(doc: IndexedDoc, include: PreparedTerm[], exclude: PreparedTerm[]): Uint8Array {
  const n = doc.sections.length;
  const need = new Uint8Array(n).fill(1);
  for (const t of include) {
    const seen = new Uint8Array(n);
    walkTerm(doc, t, (w) => {
      seen[w.section] = 1;
    });
    for (let s = 0; s < n; s++) need[s]! &= seen[s]!;
  }
  for (const t of exclude) {
    walkTerm(doc, t, (w) => {
      need[w.section] = 0;
    });
  }
  return need;
}

/** Matches one report against the query, or null. Scope 'report': all words anywhere, no -word anywhere. */
export function matchDoc(doc: IndexedDoc, include: PreparedTerm[], exclude: PreparedTerm[], scope: 'report' | 'section'): DocMatch | null {
  if (!include.every((t) => mayMatch(doc, t))) return null;
  let allowed: Uint8Array | null = null;
  if (scope === 'section') {
    allowed = sectionsWithAll(doc, include, exclude);
    if (!allowed.includes(1)) return null;
  } else if (exclude.some((t) => present(doc, t))) return null;
  const m: DocMatch = { doc, sections: [], tf: [], title: [], heading: [] };
  // Word by word, stopping at the first word missing: most reports fail on one word.
  for (const t of include) {
    const s = stats(doc, t, allowed);
    if (s.tf === 0) return null;
    m.tf.push(s.tf);
    m.title.push(s.title);
    m.heading.push(s.heading);
  }
  m.sections = [...doc.sections.keys()].filter((s) => !allowed || allowed[s]);
  return m;
}
