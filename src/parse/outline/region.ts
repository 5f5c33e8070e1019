// The report body's bounds. Above it the title region (report title, meeting line, speaker,
// possibly a title split over two markup headings) is not part of the outline; below it annexes
// (附件, 名词解释) carry numbered entries of their own.
import type { Block } from '../blocks';
import { charLength } from '../clean/chars';
import { isProse, type Candidate } from './candidates';
import { findTitle } from '../meta/title';

const SALUTATION_MAX = 30;
/** Words that end a part heading: what a line right under the title must say to count as one. */
const PART_WORDS = /(回顾|回顧|总结|總結|打算|任务|任務|安排|建议|建議|计划|計劃|部署|思路|目标|目標|要点|要點|设想|設想|主要工作)$/u;

/** A markup heading below the top that heads prose, directly or through a deeper heading. */
function headsProse(blocks: Block[], cands: (Candidate | null)[], i: number): boolean {
  const level = blocks[i]!.markupLevel!;
  const next = blocks[i + 1];
  if (!next) return false;
  if (isProse(next) && charLength(next.text) >= 40) return true;
  const deeper = cands[i + 1]?.kind === 'markup' && (next.markupLevel ?? 0) > level;
  return deeper && blocks[i + 2] !== undefined && isProse(blocks[i + 2]!);
}

/** The line is the report's title (whatever banner lines came above it): never an outline entry. */
function isTitle(blocks: Block[], i: number): boolean {
  return findTitle(blocks.slice(0, i + 1).map((b) => b.text))?.para === i;
}

/** Index of the first block of the report body: a salutation, a numbered heading or prose. */
export function bodyStart(blocks: Block[], cands: (Candidate | null)[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (cands[i]?.kind === 'numbered') return i;
    if (i > 0 && cands[i]?.kind === 'markup' && headsProse(blocks, cands, i)) return i;
    if (/[:：]$/u.test(text) && charLength(text) <= SALUTATION_MAX) return i;
    if (isProse(blocks[i]!) && charLength(text) >= 40) {
      const prev = cands[i - 1];
      return i > 1 && prev?.kind === 'part' && PART_WORDS.test(prev.title) && !isTitle(blocks, i - 1) ? i - 1 : i;
    }
  }
  return blocks.length;
}

/** Annexes after the report (附件, 名词解释) have numbered entries of their own; the outline ends there. */
const ANNEX = /^(附件|附表|附[:：]|名词解释|名詞解釋|注释|註釋|备注|備註)/u;

export function bodyEnd(blocks: Block[], start: number): number {
  for (let i = start; i < blocks.length; i++) {
    if (ANNEX.test(blocks[i]!.text) && charLength(blocks[i]!.text) <= 30) return i;
  }
  return blocks.length;
}
