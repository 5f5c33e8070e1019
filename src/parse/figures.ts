// Figures: counts of work done (交办提案302件, 1.4萬件, 3000余人次), normalised to base units,
// quoted with the words that say what was counted, and placed in the innermost outline section.
import type { Figure, Heading, Paragraph } from '../model/report';
import { scanFigures } from './figures/scan';
import { clauseStart, coordinatedFloor, phraseEnd, stripPinyinNotes } from './figures/phrase';

export function extractFigures(paragraphs: Paragraph[], outline: Heading[]): Figure[] {
  const figures: Figure[] = [];
  paragraphs.forEach((p, para) => {
    const section = sectionOf(outline, para);
    for (const f of figuresIn(p.text)) figures.push({ ...f, para, section });
  });
  return figures;
}

type InParagraph = Omit<Figure, 'para' | 'section'>;

function figuresIn(text: string): InParagraph[] {
  const out: InParagraph[] = [];
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
    });
  }
  return out;
}

/** The innermost heading whose span holds the paragraph: the last one in document order that does. */
export function sectionOf(outline: Heading[], para: number): number {
  for (let i = outline.length - 1; i >= 0; i--) {
    const h = outline[i]!;
    if (h.span[0] <= para && para < h.span[1]) return i;
  }
  return -1;
}
