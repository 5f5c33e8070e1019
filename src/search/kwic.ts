// Keyword in context: every hit of a query in one report or the whole library (the hits its results
// count), with left and right context in the report's own script, for a sortable concordance list.
import { joinDoc, sectionPath } from './doc';
import { docMatch } from './doc-match';
import { rawHits, type RawHit } from './hits';
import { paragraphText, toParagraph } from './locate';
import { matchAll, type Library } from './match-query';
import type { IndexedDoc, KwicLine, KwicOptions } from './types';
import { chunks, type NeedsTexts } from './verify-texts';

/**
 * The lines of one matched report: each hit the results count for it (every occurrence of each word
 * in the sections that count, in text order), with its context in the report's own script. The
 * paragraph's text is rebuilt once per paragraph, so one long paragraph of many hits stays linear.
 */
export function kwicInDoc(doc: IndexedDoc, hits: readonly RawHit[], context: number, limit: number, out: KwicLine[]): void {
  let para = -1, original = '';
  for (const h of hits) {
    if (out.length >= limit) return;
    if (h.para !== para) {
      para = h.para;
      original = paragraphText(doc, para);
    }
    const [os, oe] = toParagraph(doc, para, h.at, h.at + h.len);
    out.push({
      reportId: doc.id,
      para,
      section: h.section,
      path: sectionPath(doc, h.section),
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

/**
 * The hits of the query as concordance lines, in library order: exactly those the results count (the
 * reports, or sections, that match every word and no excluded one, with the filters applied). Texts
 * are asked for a chunk of reports at a time, until `limit` lines are found.
 */
export function* kwicQuery(lib: Library, q: string, opts: KwicOptions): NeedsTexts<KwicLine[]> {
  const { context = 20, limit = 5000, scope = 'report' } = opts;
  const { set } = yield* matchAll(lib, q, opts.filters, scope);
  const lines: KwicLine[] = [];
  const docAt = (slot: number) => lib.slots[slot]!;
  const order = set.slots.map((_, i) => i);
  for (const chunk of chunks(order, (i) => lib.texts.bytesOf(set.slots[i]!), lib.texts.chunkBytes())) {
    const texts = yield chunk.map((i) => lib.texts.idOf(set.slots[i]!));
    for (const i of chunk) {
      const core = docAt(set.slots[i]!);
      const text = texts.get(core.id);
      if (!text) continue;
      const doc = joinDoc(core, text);
      kwicInDoc(doc, rawHits(docMatch(set, i, core), doc, set.include), context, limit, lines);
      if (lines.length >= limit) break;
    }
    if (lines.length >= limit) break;
  }
  return opts.sort ? sortKwic(lines, opts.sort) : lines;
}
