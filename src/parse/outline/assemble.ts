// Turns blocks plus recognised headings into the report's paragraphs and outline. A heading that
// shares its line with body text ((一)在…上有新作为。认真落实…) becomes its own paragraph followed by
// the body, so readers show a heading. Spans run to the next heading of the same or a higher level.
import type { Heading, Paragraph } from '../../model/report';
import type { Block } from '../blocks';
import type { Kind } from './candidates';
import type { Nested } from './levels';

const SOURCE: Record<Kind, Heading['source']> = { numbered: 'numbered', part: 'part', markup: 'markup', lead: 'lead' };

function closeSpans(outline: Heading[], total: number): void {
  const open: Heading[] = [];
  for (const h of outline) {
    while (open.length > 0 && open.at(-1)!.level >= h.level) open.pop()!.span[1] = h.para;
    open.push(h);
  }
  for (const h of open) h.span[1] = total;
}

export function assemble(blocks: Block[], headings: Nested[]): { paragraphs: Paragraph[]; outline: Heading[] } {
  const paragraphs: Paragraph[] = [];
  const outline: Heading[] = [];
  let next = 0;
  blocks.forEach((block, i) => {
    const h = headings[next];
    if (!h || h.cand.block !== i) { paragraphs.push({ text: block.text }); return; }
    next++;
    const { cand, level } = h;
    const para = paragraphs.length;
    paragraphs.push({ text: block.text.slice(0, cand.end).trimEnd(), heading: outline.length });
    outline.push({
      level,
      number: cand.marker?.number ?? null,
      title: cand.title,
      para,
      span: [para, para + 1],
      source: cand.marker ? 'numbered' : SOURCE[cand.kind],
    });
    const body = block.text.slice(cand.end).trim();
    if (body.length > 0) paragraphs.push({ text: body });
  });
  closeSpans(outline, paragraphs.length);
  return { paragraphs, outline };
}
