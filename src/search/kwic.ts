// Keyword in context: every occurrence of the query's words in one report or the whole library,
// with left and right context in the report's own script, for a sortable concordance list.
import type { BodyIndex } from './body-index';
import { candidates } from './candidates';
import { joinDoc, sectionPath } from './doc';
import { paraAt, paragraphText, toParagraph } from './locate';
import { occurrences } from './match';
import { parseQuery, type Term } from './query-parse';
import { prepareQuery } from './scan';
import type { DocCore, IndexedDoc, KwicLine } from './types';
import { chunks, type NeedsTexts, type TextView } from './verify-texts';

export function kwicInDoc(doc: IndexedDoc, terms: Term[], context: number, limit: number, out: KwicLine[]): void {
  const found = terms.flatMap((t) => occurrences(doc.folded, t)).sort((a, b) => a[0] - b[0]);
  // Lines come in text order: the paragraph's text is rebuilt once per paragraph and its section
  // found by a pointer that only moves on, so one long paragraph of many hits stays linear.
  let para = -1, original = '', section = 0;
  for (const [s, e] of found) {
    if (out.length >= limit) return;
    const at = paraAt(doc, s);
    if (at !== para) {
      para = at;
      original = paragraphText(doc, para);
      while (section < doc.sections.length && doc.sections[section]!.end <= para) section++;
    }
    const [os, oe] = toParagraph(doc, para, s, e);
    // A paragraph outside every section (none before the first) is listed under the first.
    const sec = section < doc.sections.length && doc.sections[section]!.start <= para ? section : 0;
    out.push({
      reportId: doc.id,
      para,
      section: sec,
      path: sec < doc.sections.length ? sectionPath(doc, sec) : [],
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

export interface KwicOptions {
  reportId?: string;
  context?: number;
  limit?: number;
  sort?: 'left' | 'right' | 'match';
}

/**
 * Lines of the reports that may hold a word (by their postings), in library order; `only` a slot, or
 * -1 for all. Texts are asked for a chunk of reports at a time, until `limit` lines are found.
 */
export function* kwicQuery(body: BodyIndex, docAt: (slot: number) => DocCore, view: TextView, only: number, q: string, opts: KwicOptions): NeedsTexts<KwicLine[]> {
  const { context = 20, limit = 5000 } = opts;
  const { include } = prepareQuery(parseQuery(q));
  const lines: KwicLine[] = [];
  if (include.length === 0) return lines;
  const owner = body.owner;
  const slots = new Set<number>();
  for (const t of include) {
    const list = candidates(body, t, (sec) => owner[sec]! >= 0 && (only === -1 || owner[sec] === only));
    for (let p = 0; p < list.n; p++) slots.add(owner[list.secs[p]!]!);
  }
  const order = [...slots].sort((a, b) => docAt(a).secBase - docAt(b).secBase);
  for (const chunk of chunks(order, (slot) => view.bytesOf(slot), view.chunkBytes())) {
    const texts = yield chunk.map((slot) => view.idOf(slot));
    for (const slot of chunk) {
      const doc = docAt(slot);
      const text = texts.get(doc.id);
      if (text) kwicInDoc(joinDoc(doc, text), include, context, limit, lines);
      if (lines.length >= limit) break;
    }
    if (lines.length >= limit) break;
  }
  return opts.sort ? sortKwic(lines, opts.sort) : lines;
}
