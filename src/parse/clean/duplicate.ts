// A page that holds its report twice (the article and its print version, or a scraper that saved
// both): the second copy is dropped so headings, figures and search hits count once. Found by its
// prose: the paragraphs of the first copy appear again, in order, further down. Linear in the text.
import type { Block } from '../blocks';

/** Only prose paragraphs identify a copy; titles and short lines repeat for other reasons. */
const PROSE = 30;
/** A copy repeats at least this many prose paragraphs in a row, and most of those of the first copy. */
const MIN_RUN = 3;
const MIN_SHARE = 0.6;

const isProse = (t: string) => t.length >= PROSE && /[。！？!?；;]/u.test(t);

export interface DuplicateResult { blocks: Block[]; dropped: number }

export function dropSecondCopy(blocks: Block[]): DuplicateResult {
  // Each prose paragraph's first index and its ordinal among prose paragraphs.
  const firstAt = new Map<string, { at: number; ordinal: number }>();
  let prose = 0;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (!isProse(text)) continue;
    const seen = firstAt.get(text);
    if (seen === undefined) { firstAt.set(text, { at: i, ordinal: prose++ }); continue; }
    const walk = walkCopies(blocks, seen.at, i);
    if (walk.run >= MIN_RUN && walk.run >= (prose - seen.ordinal) * MIN_SHARE) {
      const start = copyStart(blocks, seen.at, i);
      return { blocks: [...blocks.slice(0, start), ...blocks.slice(walk.end)], dropped: walk.end - start };
    }
    // What this walk matched is not looked at again, so the scan stays linear.
    i = Math.max(i, walk.end - 1);
  }
  return { blocks, dropped: 0 };
}

/** Walks both copies together from their first shared paragraph; short lines may differ (a print copy drops buttons and bylines). */
function walkCopies(blocks: Block[], first: number, second: number): { run: number; end: number } {
  let a = first, b = second, run = 0;
  while (a < second && b < blocks.length) {
    const ta = blocks[a]!.text, tb = blocks[b]!.text;
    if (ta === tb) { if (isProse(ta)) run++; a++; b++; continue; }
    if (!isProse(ta)) { a++; continue; }
    if (!isProse(tb)) { b++; continue; }
    break;
  }
  return { run, end: b };
}

/** The second copy's own header (title, date, byline) stands just before its prose, as the first copy's did. */
function copyStart(blocks: Block[], first: number, second: number): number {
  const header = new Set(blocks.slice(0, first).map((x) => x.text));
  let start = second;
  while (start > first && header.has(blocks[start - 1]!.text) && !isProse(blocks[start - 1]!.text)) start--;
  return start;
}
