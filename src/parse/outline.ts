// Outline: recognises headings among cleaned blocks and nests them by the document's own conventions.
import type { Heading, Paragraph } from '../model/report';
import type { Block } from './blocks';

export function buildOutline(blocks: Block[]): { paragraphs: Paragraph[]; outline: Heading[] } {
  return { paragraphs: blocks.map((b) => ({ text: b.text })), outline: [] };
}
