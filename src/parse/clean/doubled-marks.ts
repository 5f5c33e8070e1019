// A comma doubled in front of the punctuation it stands beside (工作,,请予审议; 一,、2023年主要工作;
// 开局之年,。), as pages that annotate a report with pinyin for search engines also write it: the
// extra ASCII comma goes, so a numbered heading reads as one again and a sentence ends where it did.
// No report writes a comma right before another mark. One regular-expression pass per line.
import type { Block } from '../blocks';

const DOUBLED = /,(?=[，、。；：！？,;:!?])/gu;
const HAS_DOUBLED = new RegExp(DOUBLED.source, 'u');

function collapsed(b: Block): Block {
  if (!b.text.includes(',') || !HAS_DOUBLED.test(b.text)) return b;
  const text = b.text.replace(DOUBLED, '');
  if (text === b.text) return b;
  // A bold lead is measured on the repaired text, as the marks removed from it.
  const boldLead = b.boldLead === undefined ? undefined : b.text.slice(0, b.boldLead).replace(DOUBLED, '').length;
  return boldLead === undefined ? { ...b, text } : { ...b, text, boldLead };
}

export function collapseDoubledCommas(blocks: Block[]): Block[] {
  return blocks.map(collapsed);
}
