// Keyword in context: every occurrence of the query's words in one report or the whole library,
// with left and right context in the report's own script, for a sortable concordance list.
import { paraAt, paragraphText, toParagraph } from './locate';
import { occurrences } from './match';
import type { Term } from './query-parse';
import type { IndexedDoc, KwicLine } from './types';

function sectionOf(doc: IndexedDoc, para: number): number {
  return Math.max(0, doc.sections.findIndex((s) => s.start <= para && para < s.end));
}

export function kwicInDoc(doc: IndexedDoc, terms: Term[], context: number, limit: number, out: KwicLine[]): void {
  const found = terms.flatMap((t) => occurrences(doc.folded, t)).sort((a, b) => a[0] - b[0]);
  for (const [s, e] of found) {
    if (out.length >= limit) return;
    const para = paraAt(doc, s);
    const original = paragraphText(doc, para);
    const [os, oe] = toParagraph(doc, para, s, e);
    const section = sectionOf(doc, para);
    out.push({
      reportId: doc.id,
      para,
      section,
      path: doc.sections[section]?.path ?? [],
      left: original.slice(Math.max(0, os - context), os),
      match: original.slice(os, oe),
      right: original.slice(oe, oe + context),
    });
  }
}

/** Sorts concordance lines by the text right of the match (or left, read backwards), as corpus tools do. */
export function sortKwic(lines: KwicLine[], by: 'right' | 'left' | 'match'): KwicLine[] {
  const key = (l: KwicLine) => (by === 'left' ? [...l.left].reverse().join('') : by === 'right' ? l.right : l.match);
  return [...lines].sort((a, b) => key(a).localeCompare(key(b), 'zh'));
}
