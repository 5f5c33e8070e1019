// Cuts a report into sections for search: each paragraph belongs to the innermost heading whose span
// holds it, and a section is a run of paragraphs with the same innermost heading. Works with any
// outline the parser gives, including none (then the whole report is one section).
import type { Heading } from '../model/report';
import type { DocSection } from './types';

/** Heading titles from the top level down to heading h (outline is flat, in document order). */
export function headingPath(outline: Heading[], h: number): string[] {
  const path: string[] = [];
  let level = Infinity;
  for (let i = h; i >= 0; i--) {
    const head = outline[i]!;
    const governs = i === h || (head.span[0] <= outline[h]!.para && outline[h]!.para < head.span[1]);
    if (head.level < level && governs) {
      path.unshift(head.title);
      level = head.level;
    }
  }
  return path;
}

export function splitSections(paragraphCount: number, outline: Heading[]): DocSection[] {
  const owner = new Int32Array(paragraphCount).fill(-1);
  // Later headings in document order are nested deeper or come later, so overwriting is innermost-wins.
  outline.forEach((head, h) => {
    const from = Math.max(0, Math.min(head.para, head.span[0]));
    const to = Math.min(paragraphCount, Math.max(head.span[1], head.para + 1));
    for (let p = from; p < to; p++) owner[p] = h;
  });
  const sections: DocSection[] = [];
  for (let p = 0; p < paragraphCount; p++) {
    const last = sections[sections.length - 1];
    if (last && last.heading === owner[p]) last.end = p + 1;
    else {
      const heading = owner[p]!;
      sections.push({ heading, path: heading >= 0 ? headingPath(outline, heading) : [], start: p, end: p + 1 });
    }
  }
  return sections;
}
