// Outline: recognises headings among cleaned blocks and nests them by the document's own
// conventions (GB/T 9704 numbering, unnumbered part headings, lead-sentence runs, markup hints).
// The steps live in ./outline/: candidates, nesting and sequence, lead runs, assembly.
import type { Heading, Paragraph } from '../model/report';
import type { Block } from './blocks';
import { findHeadings } from './outline/structure';
import { assemble } from './outline/assemble';

export function buildOutline(blocks: Block[]): { paragraphs: Paragraph[]; outline: Heading[] } {
  return assemble(blocks, findHeadings(blocks));
}
