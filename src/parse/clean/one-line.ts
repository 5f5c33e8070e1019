// One-line layouts: some copies hold a whole report on one or a few huge lines with paragraphs
// separated only by runs of spaces. Chinese prose has no spaces between characters, so a space run
// touching Chinese text in such a line is a paragraph boundary. Linear scan, no regex backtracking.
import type { Block } from '../blocks';
import { isWide } from './chars';

/** A line this long with this many Chinese-side space runs is a one-line layout, not a paragraph. */
const MIN_LENGTH = 300;
const MIN_GAPS = 3;
/** Labels whose value follows after a space (来源: 中国义乌网) stay on the label's line. */
const LABEL_BEFORE = /(来源|來源|作者|编辑|編輯|时间|時間|日期|发布|發布)\s*[:：]$/u;
/** A post followed by a person's name (…常务委员会主任 丁政) is one line of metadata. */
const POST_BEFORE = /(主席|主任|书记|書記|市长|市長|县长|縣長|区长|區長|省长|省長|秘书长|秘書長|局长|局長|镇长|鎮長)$/u;
const SHORT_NAME = /^\p{Script=Han}{2,4}(?=\s|$)/u;

interface Gap { start: number; end: number }

function spaceGaps(text: string): Gap[] {
  const gaps: Gap[] = [];
  const re = /[ \t\u00a0\u3000]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index, end = start + m[0].length;
    if (start === 0 || end === text.length) continue;
    if (isWide(text[start - 1]) || isWide(text[end])) gaps.push({ start, end });
  }
  return gaps;
}

function keepsTogether(before: string, after: string): boolean {
  return LABEL_BEFORE.test(before) || (POST_BEFORE.test(before) && SHORT_NAME.test(after));
}

function splitLine(block: Block, gaps: Gap[]): Block[] {
  const out: Block[] = [];
  let from = 0;
  for (const gap of gaps) {
    const piece = block.text.slice(from, gap.start);
    if (keepsTogether(piece.slice(-12), block.text.slice(gap.end, gap.end + 6))) continue;
    out.push({ text: piece });
    from = gap.end;
  }
  out.push({ text: block.text.slice(from) });
  // Structure hints belong to the start of the original line.
  if (out[0]) out[0] = { ...block, text: out[0].text };
  return out;
}

export function splitOneLineLayouts(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.text.length < MIN_LENGTH) { out.push(block); continue; }
    const gaps = spaceGaps(block.text);
    if (gaps.length < MIN_GAPS) { out.push(block); continue; }
    for (const piece of splitLine(block, gaps)) out.push(piece);
  }
  return out;
}
