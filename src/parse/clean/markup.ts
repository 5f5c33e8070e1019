// Markdown left in plain text: reports saved as .txt often still carry `#` headings and `**bold**`
// leads. When the extractor declared no structure at all, those marks become Block.markupLevel /
// Block.boldLead (the same hints a real Markdown extractor gives) and are taken out of the text.
import type { Block } from '../blocks';

const HEADING = /^(#{1,6})[ \t\u3000]+(.*?)[ \t#]*$/u;
const BOLD_LEAD = /^(\*\*|__)([^*_\n]{1,120}?)\1/u;

function hasDeclaredStructure(blocks: Block[]): boolean {
  return blocks.some((b) => b.markupLevel !== undefined || b.boldLead !== undefined);
}

/** Markdown marks count only when several lines use them, so a stray `#` stays text. */
function looksLikeMarkdown(blocks: Block[]): boolean {
  let marks = 0;
  for (const b of blocks) {
    if (HEADING.test(b.text) || BOLD_LEAD.test(b.text)) marks++;
    if (marks >= 2) return true;
  }
  return false;
}

/** Inline emphasis markers removed when they pair up; a lone `**` is left as written. */
function stripEmphasis(text: string): string {
  if (!text.includes('**')) return text;
  const parts = text.split('**');
  return parts.length % 2 === 1 ? parts.join('') : text;
}

function convert(block: Block): Block {
  const heading = HEADING.exec(block.text);
  if (heading) return { ...block, text: stripEmphasis(heading[2]!), markupLevel: heading[1]!.length };
  const bold = BOLD_LEAD.exec(block.text);
  if (bold) {
    const lead = bold[2]!;
    const rest = stripEmphasis(block.text.slice(bold[0].length));
    return { ...block, text: lead + rest, boldLead: lead.length };
  }
  return { ...block, text: stripEmphasis(block.text) };
}

/** Whether readMarkdownResidue would read marks in these blocks. */
export function hasMarkdownResidue(blocks: Block[]): boolean {
  return !hasDeclaredStructure(blocks) && looksLikeMarkdown(blocks);
}

export function readMarkdownResidue(blocks: Block[]): Block[] {
  if (!hasMarkdownResidue(blocks)) return blocks;
  const out = blocks.map(convert);
  const shallowest = out.reduce((m, b) => Math.min(m, b.markupLevel ?? Infinity), Infinity);
  if (!Number.isFinite(shallowest) || shallowest === 1) return out;
  return out.map((b) => (b.markupLevel === undefined ? b : { ...b, markupLevel: b.markupLevel - shallowest + 1 }));
}
