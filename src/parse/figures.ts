// Figures: counts of work done (交办提案302件, 1.4萬件, 3000余人次), normalised to base units,
// quoted with the words that say what was counted, and placed in the innermost outline section.
import type { Figure, Heading, Paragraph } from '../model/report';
import { scanFigures } from './figures/scan';
import { clauseStart, coordinatedFloor, phraseEnd, stripPinyinNotes } from './figures/phrase';

export function extractFigures(paragraphs: Paragraph[], outline: Heading[]): Figure[] {
  const figures: Figure[] = [];
  const sections = sectionsOf(outline, paragraphs.length);
  for (let para = 0; para < paragraphs.length; para++) figuresIn(paragraphs[para]!.text, para, sections[para]!, figures);
  return figures;
}

/** Appends the paragraph's figures to `out` (built whole in place: no per-figure copy). */
function figuresIn(text: string, para: number, section: number, out: Figure[]): void {
  let prevEnd = -1;
  for (const raw of scanFigures(text)) {
    const floor = coordinatedFloor(text, prevEnd, raw.start);
    const start = clauseStart(text, raw.start, floor);
    const end = phraseEnd(text, raw.end);
    prevEnd = end;
    out.push({
      text: stripPinyinNotes(text.slice(start, end)).trim(),
      value: raw.value,
      unit: raw.unit,
      modifier: raw.modifier,
      approximate: raw.modifier !== null,
      offset: start,
      para,
      section,
    });
  }
}

/**
 * sectionOf for every paragraph at once: later headings overwrite earlier ones over their spans, so
 * each paragraph ends with the last heading in document order that holds it (one pass per heading
 * instead of a search of the outline per paragraph, which was quadratic on long collections).
 */
function sectionsOf(outline: Heading[], count: number): Int32Array {
  const sections = new Int32Array(count).fill(-1);
  outline.forEach((h, i) => sections.fill(i, Math.max(0, h.span[0]), Math.min(count, h.span[1])));
  return sections;
}

/** The innermost heading whose span holds the paragraph: the last one in document order that does. */
export function sectionOf(outline: Heading[], para: number): number {
  for (let i = outline.length - 1; i >= 0; i--) {
    const h = outline[i]!;
    if (h.span[0] <= para && para < h.span[1]) return i;
  }
  return -1;
}
