// Hits of one matched report: every occurrence of every include word in the sections that count,
// located by paragraph and section; snippets are cut only for the hits that will be shown.
import { forHeadingParas, headingText, sectionPath } from './doc';
import { paragraphMatches, paragraphSource, toParagraph } from './locate';
import { WHERE_BONUS } from './rank';
import { scanTerm } from './match';
import { walkTerm, type DocMatch, type PreparedTerm, type Walk } from './scan';
import { makeSnippet, type TextSource } from './snippet';
import type { Hit, IndexedDoc } from './types';

export interface RawHit {
  at: number;
  len: number;
  para: number;
  section: number;
  where: Hit['where'];
}

/**
 * Occurrences in the matched sections, in document order: all of them, or with `limit` only as many
 * as bestRaw needs (every title and heading hit, the first `limit` body hits of each word). `doc` is
 * m.doc with its text.
 */
export function rawHits(m: DocMatch, doc: IndexedDoc, include: PreparedTerm[], limit = Infinity): RawHit[] {
  const out: RawHit[] = [];
  include.forEach((t, i) => {
    const push = (w: Walk) => void out.push({ at: w.at, len: t.text.length, para: w.para, section: w.section, where: w.where });
    if (limit === Infinity) { walkTerm(doc, t, m.termSecs[i]!, push); return; }
    // Title and heading hits are read from those paragraphs alone, and the body only up to its first
    // `limit` hits: a word common in a long report is not walked to its end for the few shown.
    if (m.title[i]! + m.heading[i]! > 0) walkHeadings(doc, t, m.termSecs[i]!, push);
    let body = 0;
    walkTerm(doc, t, m.termSecs[i]!, (w) => {
      if (w.where === 'body') push(w);
      return w.where !== 'body' || ++body < limit;
    });
  });
  return out.sort((a, b) => a.at - b.at || b.len - a.len);
}

/** Every occurrence of the word in the title and heading paragraphs of the given local sections (ascending). */
function walkHeadings(doc: IndexedDoc, term: PreparedTerm, sections: readonly number[], visit: (w: Walk) => void): void {
  forHeadingParas(doc, sections, (para, where, section) => {
    // The report's folded headings are in memory: no section is unpacked to read one.
    const from = doc.paraStart[para]!;
    const text = headingText(doc, para);
    scanTerm(text, term, 0, text.length, (at) => visit({ at: from + at, para, section, where }));
  });
}

/** Turns raw hits into hits with snippets in the original script. */
export function materialise(doc: IndexedDoc, raws: RawHit[], include: PreparedTerm[], docScore: number, context: number): Hit[] {
  const paras = new Map<number, { text: TextSource; marks: [number, number][]; longest: number }>();
  return raws.map((r) => {
    let para = paras.get(r.para);
    if (!para) {
      const marks = paragraphMatches(doc, r.para, include);
      paras.set(r.para, (para = { text: paragraphSource(doc, r.para), marks, longest: marks.reduce((n, [s, e]) => Math.max(n, e - s), 0) }));
    }
    const [start, end] = toParagraph(doc, r.para, r.at, r.at + r.len);
    return {
      reportId: doc.id,
      para: r.para,
      start,
      end,
      section: r.section,
      path: sectionPath(doc, r.section),
      where: r.where,
      score: Math.round((docScore + WHERE_BONUS[r.where]) * 1000) / 1000,
      snippet: makeSnippet(para.text, [start, end], para.marks, context, para.longest),
    };
  });
}

/** The hits worth showing first: title, then headings, then body, each in document order. */
export function bestRaw(raws: RawHit[], limit: number): RawHit[] {
  if (raws.length <= limit) return raws;
  const order = [...raws].sort((a, b) => WHERE_BONUS[b.where] - WHERE_BONUS[a.where] || a.at - b.at);
  return order.slice(0, limit);
}
