// One matched report in detail: the sections holding each word (from the postings lists of the
// match), and its title and heading hits, read from its heading text in report scope or from the
// heading paragraphs of the sections that count in section scope. Ranking needs the counts of many
// reports; the sections per word are found only for the few reports shown.
import { forHeadingParas, headingText, headText } from './doc';
import { scanTerm } from './match';
import { sectionCount } from './sections';
import type { DocMatch, MatchSet, PreparedTerm } from './scan';
import type { DocCore } from './types';

/** Occurrences in the title and in headings within these sections (ascending): only their heading paragraphs are read. */
function marked(doc: DocCore, term: PreparedTerm, sections: readonly number[]): { title: number; heading: number } {
  const out = { title: 0, heading: 0 };
  forHeadingParas(doc, sections, (para, key) => {
    const text = headingText(doc, para);
    scanTerm(text, term, 0, text.length, () => void out[key]++);
  });
  return out;
}

/** Occurrences in the title and in headings anywhere in the report: one pass over its heading text. */
function markedInHeads(doc: DocCore, term: PreparedTerm): { title: number; heading: number } {
  const text = headText(doc);
  const titleEnd = text.indexOf('\n');
  const out = { title: 0, heading: 0 };
  scanTerm(text, term, 0, text.length, (at) => void (at < titleEnd ? out.title++ : out.heading++));
  return out;
}

function lowerBound(secs: Int32Array, n: number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (secs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Local sections of the report holding word t (ascending), from its postings list. */
function termSections(set: MatchSet, t: number, doc: DocCore): number[] {
  const list = set.lists[t]!;
  const end = doc.secBase + sectionCount(doc);
  const secs: number[] = [];
  for (let p = lowerBound(list.secs, list.n, doc.secBase); p < list.n && list.secs[p]! < end; p++) {
    if (set.alive(list.secs[p]!)) secs.push(list.secs[p]! - doc.secBase);
  }
  return secs;
}

/** What ranking needs of matched report i: counts, and title and heading counts (report scope: from its heading text). */
export function docCounts(set: MatchSet, i: number, doc: DocCore): Pick<DocMatch, 'tf' | 'title' | 'heading'> {
  const T = set.include.length;
  const out = { tf: Array.from(set.tf.subarray(i * T, i * T + T)), title: [] as number[], heading: [] as number[] };
  set.include.forEach((term, t) => {
    const { title, heading } = set.scope === 'report' ? markedInHeads(doc, term) : marked(doc, term, termSections(set, t, doc));
    out.title.push(title);
    out.heading.push(heading);
  });
  return out;
}

/** The full match of one report to show: its counts and, per word, the sections holding it. */
export function docMatch(set: MatchSet, i: number, doc: DocCore): DocMatch {
  const termSecs = set.include.map((_, t) => termSections(set, t, doc));
  const sections = set.scope === 'report' ? Array.from(doc.secHead.keys()) : [...new Set(termSecs.flat())].sort((a, b) => a - b);
  return { doc, sections, termSecs, ...docCounts(set, i, doc) };
}
