// Hits of one matched report: every occurrence of every include word in the sections that count,
// located by paragraph and section; snippets are cut only for the hits that will be shown.
import { originalRange } from '../text/fold';
import { scanTerm } from './match';
import { whereOf, WHERE_BONUS } from './rank';
import type { DocMatch, PreparedTerm } from './scan';
import { foldParagraph, makeSnippet, originalMatches } from './snippet';
import type { Hit, IndexedDoc } from './types';

interface RawHit {
  at: number;
  len: number;
  para: number;
  section: number;
  where: Hit['where'];
}

function paraAt(doc: IndexedDoc, at: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paraStart[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every occurrence in the matched sections, in document order. */
export function rawHits(m: DocMatch, include: PreparedTerm[]): RawHit[] {
  const { doc } = m;
  const out: RawHit[] = [];
  for (const s of m.sections) {
    const sec = doc.sections[s]!;
    const from = doc.paraStart[sec.start]!;
    const to = doc.paraStart[sec.end]! - 1;
    const inSection: RawHit[] = [];
    for (const t of include) {
      scanTerm(doc.folded, t, from, to, (at) => {
        const para = paraAt(doc, at, sec.start, sec.end - 1);
        inSection.push({ at, len: t.text.length, para, section: s, where: whereOf(doc, para) });
      });
    }
    inSection.sort((a, b) => a.at - b.at || b.len - a.len);
    out.push(...inSection);
  }
  return out;
}

/** Turns raw hits into hits with snippets; each paragraph is folded with its origin map once. */
export function materialise(doc: IndexedDoc, raws: RawHit[], include: PreparedTerm[], docScore: number, context: number): Hit[] {
  const cache = new Map<number, { folded: ReturnType<typeof foldParagraph>; all: [number, number][] }>();
  return raws.map((r) => {
    const original = doc.paragraphs[r.para]!;
    let entry = cache.get(r.para);
    if (!entry) {
      const folded = foldParagraph(original);
      entry = { folded, all: originalMatches(original, folded, include) };
      cache.set(r.para, entry);
    }
    const local = r.at - doc.paraStart[r.para]!;
    const [start, end] = originalRange(entry.folded, original, local, local + r.len);
    return {
      reportId: doc.id,
      para: r.para,
      start,
      end,
      section: r.section,
      path: doc.sections[r.section]!.path,
      where: r.where,
      score: Math.round((docScore + WHERE_BONUS[r.where]) * 1000) / 1000,
      snippet: makeSnippet(original, [start, end], entry.all, context),
    };
  });
}

/** The hits worth showing first: title, then headings, then body, each in document order. */
export function bestRaw(raws: RawHit[], limit: number): RawHit[] {
  if (raws.length <= limit) return raws;
  const order = [...raws].sort((a, b) => WHERE_BONUS[b.where] - WHERE_BONUS[a.where] || a.at - b.at);
  return order.slice(0, limit);
}
