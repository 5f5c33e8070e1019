// Text scraped from a wiki (or any page read element by element) puts every linked word on a line
// of its own, cutting one sentence into several lines: "坚持以" / "习近平新时代中国特色社会主义思想" /
// "为指导，全面贯彻…". Such a page is known by short lines followed by a line that opens with a comma
// or an enumeration mark (a hard-wrapped PDF copy also opens lines with commas, but after full lines);
// on it, the pieces of a sentence are joined again. Linear.
import type { Block } from '../blocks';
import { readMarker } from '../outline/numbering';
import { endsClosed } from './chars';

/** Marks that continue a sentence: a line opening with one is the rest of the line above. */
const CONTINUING = /^[，、；：,;:。．）)》〉」』”’]/u;
/** Opening-comma lines needed before a text is read as cut at its links. */
const MIN_CUTS = 2;
/** A linked word or name: short, with no clause punctuation of its own. */
const LINK = /^[^。，,；;！!？?：:]{1,24}$/u;
/** A line that carries the sentence on: opens with a continuing mark, has clauses, or ends one. */
const TAIL = /^[，、；：,;:。．）)》〉」』”’]|[，、；,;]|[。！？!?；]$/u;
/** How many link lines in a row one sentence may hold. */
const MAX_LINKS = 8;

const plain = (b: Block) => b.markupLevel === undefined && !b.listItem;
const isLink = (b: Block) => plain(b) && LINK.test(b.text) && readMarker(b.text) === null;
const isTail = (b: Block) => plain(b) && TAIL.test(b.text) && readMarker(b.text) === null;

export function cutAtLinks(blocks: Block[]): boolean {
  let cuts = 0;
  for (let i = 1; i < blocks.length; i++) {
    if (CONTINUING.test(blocks[i]!.text) && isLink(blocks[i - 1]!) && ++cuts >= MIN_CUTS) return true;
  }
  return false;
}

/** A heading cut at a link ends as a heading: (三)大力推进 / 现代化产业体系 / 建设，加快发展新质生产力 — not in a body sentence. */
const HEADING_TAIL_MAX = 60;
/** Unnumbered part headings and titles end in words like these (2024年工作回顾, 政府工作报告). */
const PART_END = /(回顾|回顧|任务|任務|安排|报告|報告|总结|總結|打算|建议|建議|计划|計劃|要求|取向|工作)$/u;

function joinsHeading(prev: Block, pieces: Block[]): boolean {
  if (readMarker(prev.text) === null && !(isLink(prev) && PART_END.test(prev.text))) return true;
  const tail = pieces.at(-1)!.text;
  return !/[。！？!?]/u.test(tail) && prev.text.length + pieces.reduce((n, b) => n + b.text.length, 0) <= HEADING_TAIL_MAX;
}

/** Joins link lines back into their sentences; a text without the signs of it is returned as it was. */
export function rejoinLinkLines(blocks: Block[]): Block[] {
  if (!cutAtLinks(blocks)) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const prev = out.at(-1);
    if (prev && plain(block) && CONTINUING.test(block.text)) { out[out.length - 1] = { ...prev, text: prev.text + block.text }; continue; }
    const end = prev && !endsClosed(prev.text) ? sentenceEnd(blocks, i) : -1;
    if (end < 0) { out.push(block); continue; }
    // Link lines i..end-1 and the tail at end form one sentence: the rest of prev's, or, under a
    // heading, a paragraph of its own.
    const sentence = blocks.slice(i, end + 1).map((b) => b.text).join('');
    if (joinsHeading(prev!, blocks.slice(i, end + 1))) out[out.length - 1] = { ...prev!, text: prev!.text + sentence };
    else out.push({ ...block, text: sentence });
    i = end;
  }
  return out;
}

/** Index of the line that completes a run of link lines starting at i, or -1 when the run ends otherwise. */
function sentenceEnd(blocks: Block[], i: number): number {
  for (let j = i; j < blocks.length && j <= i + MAX_LINKS; j++) {
    const b = blocks[j]!;
    if (j > i && isTail(b)) return j;
    if (!isLink(b)) return -1;
  }
  return -1;
}
