// Cuts a report into sections for search: each paragraph belongs to the innermost heading whose span
// holds it, and a section is a run of paragraphs with the same innermost heading. Works with any
// outline the parser gives, including none (then the whole report is one section).
import type { Heading } from '../model/report';
import type { DocCore, DocSection } from './types';

/** Outline indexes of the headings from the top level down to heading h (outline is flat, in document order). */
export function headingPath(outline: Heading[], h: number): number[] {
  const path: number[] = [];
  let level = Infinity;
  for (let i = h; i >= 0; i--) {
    const head = outline[i]!;
    const governs = i === h || (head.span[0] <= outline[h]!.para && outline[h]!.para < head.span[1]);
    if (head.level < level && governs) {
      path.push(i);
      level = head.level;
    }
  }
  return path.reverse();
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
      sections.push({ heading, start: p, end: p + 1 });
    }
  }
  return sections;
}

/** The sections as a report's tables keep them (see DocCore.secStart and secHead). */
export function packSections(sections: readonly DocSection[], paraCount: number): { secStart: Uint32Array; secHead: Int32Array } {
  const secStart = new Uint32Array(sections.length + 1);
  sections.forEach((s, i) => { secStart[i] = s.start; });
  secStart[sections.length] = paraCount;
  return { secStart, secHead: Int32Array.from(sections, (s) => s.heading) };
}

/** A report's number of sections. */
export const sectionCount = (doc: Pick<DocCore, 'secHead'>): number => doc.secHead.length;

/**
 * Every section's heading path in one array: entries [0, n] say where section i's outline indexes
 * start (from index n + 1 on), so a report's paths are one typed array, not an array per section.
 */
export function packPaths(outline: Heading[], secHead: Int32Array): Uint32Array {
  const lists = Array.from(secHead, (heading) => (heading >= 0 ? headingPath(outline, heading) : []));
  const n = secHead.length;
  const out = new Uint32Array(n + 1 + lists.reduce((k, l) => k + l.length, 0));
  let at = n + 1;
  lists.forEach((list, i) => {
    out[i] = at;
    out.set(list, at);
    at += list.length;
  });
  out[n] = at;
  return out;
}

/** The outline's titles, each ended by U+0000 (removed from inside a title, where it never belongs). */
export function packTitles(outline: Heading[]): string {
  return outline.map((h) => `${h.title.replace(/\0/g, '')}\0`).join('');
}
