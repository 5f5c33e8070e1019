// Escape remnants that converters and scrapers leave as literal text: `&nbsp;`, `&#12288;`,
// `<U+00A0>`, `\u3000` written out, and zero-width characters. The space-like ones become the
// space they stood for (a line made only of them is then blank); zero-width characters are dropped.
import type { Block } from '../blocks';

/** Every spelling of a space a converter writes out: entities (also double-escaped), code-point tags, JS/Python escapes. */
const SPACE_ESCAPE = /&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|ideographicspace|#160|#12288|#x0*a0|#x0*3000|#8194|#8195|#x200[23]);?|<U\+(?:00A0|3000|2002|2003|0020)>|\\u(?:00a0|3000|2002|2003|0020)|\\x(?:a0|A0)/giu;
/** Zero-width spaces and joiners, word joiner, BOM: invisible, never meant as text. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;
/** Cheap test before the regexes: every remnant contains one of these characters. */
const MAYBE = /[&<\\\u200b-\u200d\u2060\ufeff]/u;

const IDEOGRAPHIC = /3000|12288|ideographic/iu;

/** A full-width space stays full-width (it indents Chinese paragraphs); every other one is a plain space. */
const spaceFor = (remnant: string) => (IDEOGRAPHIC.test(remnant) ? '\u3000' : ' ');

export function repairEscapeText(text: string): string {
  if (!MAYBE.test(text)) return text;
  return text.replace(ZERO_WIDTH, '').replace(SPACE_ESCAPE, spaceFor);
}

/** Blocks with remnants repaired; the count of blocks changed says whether anything was there. */
export function repairEscapes(blocks: Block[]): { blocks: Block[]; repaired: number } {
  let repaired = 0;
  const out = blocks.map((b) => {
    const text = repairEscapeText(b.text);
    if (text === b.text) return b;
    repaired++;
    // A bold lead is measured on the repaired text: remnants inside it shorten it.
    if (b.boldLead === undefined) return { ...b, text };
    return { ...b, text, boldLead: repairEscapeText(b.text.slice(0, b.boldLead)).length };
  });
  return { blocks: out, repaired };
}
