// Which page each paragraph came from, for PDFs and images (the app shows the page image beside the
// text): cleaning joins, drops and repairs lines, so paragraphs are found again in the pages' text in
// reading order, by their opening characters with white space ignored. A paragraph not found (its
// opening was repaired) stays on the page of the paragraph before it. Each paragraph is looked for
// only a little beyond where the one before ended, so a report whose paragraphs are mostly not found
// costs one pass over the text, not one per paragraph.
import type { PageStart } from '../model/report';
import type { OcrPlace } from '../model/warnings';
import type { Unsure } from './extract/ocr-layout';

const KEY = 12;
/** How far past the expected place a paragraph's opening is looked for (dropped headers, page numbers). */
const SLACK = 2000;
const squash = (s: string) => s.replace(/\s+/g, '');

export function pageStarts(pageTexts: string[], paragraphs: string[]): PageStart[] {
  const ends: number[] = [];
  let all = '';
  for (const t of pageTexts) { all += squash(t); ends.push(all.length); }
  let page = 1;
  const pageAt = (offset: number) => { while (page < ends.length && offset >= ends[page - 1]!) page++; return page; };
  const out: PageStart[] = [];
  // `found`: where the last paragraph found ended; `expected`: where this one should start, moved on
  // by each paragraph not found (by its own length), so the search stays near the reading position.
  let found = 0;
  let expected = 0;
  paragraphs.forEach((text, para) => {
    const squashed = squash(text);
    const key = squashed.slice(0, KEY);
    const from = Math.max(found, expected - SLACK);
    const hit = key === '' ? -1 : all.slice(from, expected + squashed.length + SLACK).indexOf(key);
    if (hit < 0) { expected = Math.min(all.length, expected + squashed.length); return; }
    const at = from + hit;
    found = at + key.length;
    expected = at + squashed.length;
    pageAt(at);
    if (out.at(-1)?.page !== page) out.push({ page, para });
  });
  if (out.length > 0) out[0]!.para = 0;
  else if (paragraphs.length > 0) out.push({ page: pageTexts.findIndex((t) => t.trim() !== '') + 1 || 1, para: 0 });
  return out;
}

/** At most this many places are cited; the count says how many characters there were in all. */
const MAX_PLACES = 5;

/** The unsure characters' places as paragraph numbers (1-based, as the reader counts) and excerpts. */
export function unsurePlaces(unsure: Unsure[], paragraphs: string[]): OcrPlace[] {
  const squashed = paragraphs.map(squash);
  const places: OcrPlace[] = [];
  let from = 0;
  for (const u of unsure) {
    if (places.length === MAX_PLACES) break;
    const key = squash(u.excerpt);
    let i = squashed.findIndex((p, k) => k >= from && p.includes(key));
    if (i < 0) i = squashed.findIndex((p) => p.includes(key));
    if (i < 0) continue; // on a line cleaning removed (a running header, a page number)
    from = i;
    places.push({ paragraph: i + 1, excerpt: u.excerpt, confidence: u.confidence });
  }
  return places;
}
