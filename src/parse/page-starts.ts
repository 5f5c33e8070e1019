// Which page each paragraph came from, for PDFs and images (the app shows the page image beside the
// text): cleaning joins, drops and repairs lines, so paragraphs are found again in the pages' text in
// reading order, by their opening characters with white space ignored. A paragraph not found (its
// opening was repaired) stays on the page of the paragraph before it.
import type { PageStart } from '../model/report';
import type { OcrPlace } from '../model/warnings';
import type { Unsure } from './extract/ocr-layout';

const KEY = 12;
const squash = (s: string) => s.replace(/\s+/g, '');

export function pageStarts(pageTexts: string[], paragraphs: string[]): PageStart[] {
  const ends: number[] = [];
  let all = '';
  for (const t of pageTexts) { all += squash(t); ends.push(all.length); }
  const pageAt = (offset: number) => ends.findIndex((end) => offset < end) + 1;
  const out: PageStart[] = [];
  let cursor = 0;
  paragraphs.forEach((text, para) => {
    const key = squash(text).slice(0, KEY);
    const at = key === '' ? -1 : all.indexOf(key, cursor);
    if (at < 0) return;
    cursor = at + key.length;
    const page = pageAt(at);
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
    const key = squash(u.excerpt);
    let i = squashed.findIndex((p, k) => k >= from && p.includes(key));
    if (i < 0) i = squashed.findIndex((p) => p.includes(key));
    if (i < 0) continue; // on a line cleaning removed (a running header, a page number)
    from = i;
    if (places.length < MAX_PLACES) places.push({ paragraph: i + 1, excerpt: u.excerpt, confidence: u.confidence });
  }
  return places;
}
