// Keyword in context: every occurrence of the query's words in one report or the whole library,
// with left and right context in the report's own script, for a sortable concordance list.
import { originalRange } from '../text/fold';
import { occurrences } from './match';
import type { Term } from './query-parse';
import { foldParagraph } from './snippet';
import type { IndexedDoc, KwicLine } from './types';

function sectionOf(doc: IndexedDoc, para: number): number {
  return Math.max(0, doc.sections.findIndex((s) => s.start <= para && para < s.end));
}

export function kwicInDoc(doc: IndexedDoc, terms: Term[], context: number, limit: number, out: KwicLine[]): void {
  for (let p = 0; p < doc.paragraphs.length && out.length < limit; p++) {
    const from = doc.paraStart[p]!;
    const to = doc.paraStart[p + 1]! - 1;
    const slice = doc.folded.slice(from, to);
    if (!terms.some((t) => slice.includes(t.text))) continue;
    const original = doc.paragraphs[p]!;
    const folded = foldParagraph(original);
    const found = terms.flatMap((t) => occurrences(folded.text, t)).sort((a, b) => a[0] - b[0]);
    const section = sectionOf(doc, p);
    for (const [s, e] of found) {
      if (out.length >= limit) break;
      const [os, oe] = originalRange(folded, original, s, e);
      out.push({
        reportId: doc.id,
        para: p,
        section,
        path: doc.sections[section]?.path ?? [],
        left: original.slice(Math.max(0, os - context), os),
        match: original.slice(os, oe),
        right: original.slice(oe, oe + context),
      });
    }
  }
}

/** Sorts concordance lines by the text right of the match (or left, read backwards), as corpus tools do. */
export function sortKwic(lines: KwicLine[], by: 'right' | 'left' | 'match'): KwicLine[] {
  const key = (l: KwicLine) => (by === 'left' ? [...l.left].reverse().join('') : by === 'right' ? l.right : l.match);
  return [...lines].sort((a, b) => key(a).localeCompare(key(b), 'zh'));
}
