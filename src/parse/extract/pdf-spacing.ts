// Spaces a PDF exporter adds that the report never had: Word and LibreOffice widen the gap between
// Chinese and Western characters (2018 年, 交办提案 302 件) and pdf.js reads the gap as a space.
// When such spaces stand at most Han/digit-or-Latin boundaries the exporter made them, and they go;
// when only a few do, they are the report's own and stay.
import type { Block } from '../blocks';

const HAN = '\\p{Script=Han}';
const WESTERN = '[A-Za-z0-9]';
const SPACED = new RegExp(`(?<=${HAN}) (?=${WESTERN})|(?<=${WESTERN}) (?=${HAN})`, 'gu');
const TOUCHING = new RegExp(`${HAN}${WESTERN}|${WESTERN}${HAN}`, 'gu');

/** Share of boundaries that must be spaced before the spaces are taken for the exporter's. */
const EXPORTER_SHARE = 0.6;

/** Justified or letter-spaced Chinese (数 字 经 济 稳 步): single spaces between four or more CJK characters in a row. */
const LETTER_SPACED = /(?:[0-9\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’] ){3,}[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]/gu;

export function tidySpacing(blocks: Block[]): Block[] {
  blocks = blocks.map((b) => (b.text.includes(' ') ? unspace(b) : b));
  let spaced = 0;
  let touching = 0;
  for (const b of blocks) {
    spaced += count(b.text, SPACED);
    touching += count(b.text, TOUCHING);
  }
  if (spaced === 0 || spaced < EXPORTER_SHARE * (spaced + touching)) return blocks;
  return blocks.map((b) => {
    if (b.boldLead === undefined) return { ...b, text: b.text.replace(SPACED, '') };
    const lead = b.text.slice(0, b.boldLead).replace(SPACED, '');
    return { ...b, text: b.text.replace(SPACED, ''), boldLead: lead.length };
  });
}

function unspace(b: Block): Block {
  const squeeze = (s: string) => s.replace(LETTER_SPACED, (run) => run.replace(/ /g, ''));
  const text = squeeze(b.text);
  if (text === b.text) return b;
  return b.boldLead === undefined ? { ...b, text } : { ...b, text, boldLead: squeeze(b.text.slice(0, b.boldLead)).length };
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
