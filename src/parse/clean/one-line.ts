// One-line layouts: some copies hold a whole report on one or a few huge lines with paragraphs
// separated only by runs of spaces. Chinese prose has no spaces between characters, so a space run
// touching Chinese text in such a line is a paragraph boundary. Linear scan, no regex backtracking.
import type { Block } from '../blocks';
import { isWide } from './chars';

/** A line this long with this many Chinese-side space runs is a one-line layout, not a paragraph. */
const MIN_LENGTH = 200;
const MIN_GAPS = 3;
/** Labels whose value follows after a space (来源: 中国义乌网) stay on the label's line. */
const LABEL_BEFORE = /(来源|來源|作者|编辑|編輯|时间|時間|日期|发布|發布)\s*[:：]$/u;
/** …and a byline's next label (… 14:00 信息來源:…) continues the same byline. */
const LABEL_AFTER = /^(信息)?(来源|來源|作者|编辑|編輯|责任编辑|責任編輯|发布|發布|浏览|瀏覽|点击|點擊|阅读|閱讀|更新)[^:：\s]{0,4}[:：]/u;
/** A post followed by a person's name (…常务委员会主任 丁政, 旗长 乌力吉) is one line of metadata. */
const POST_BEFORE = /(主席|主任|书记|書記|秘书长|秘書長|[省市县縣区區州旗盟镇鎮乡鄉局厅廳院署][长長])$/u;
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

/** "1. 視察…": a heading number stays with the heading it opens. */
const BARE_MARKER = /^([(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）]?[.、．]?|第[一二三四五六七八九十]{1,3}[部分章节節]{1,2})$/u;
/** A lone Han character between spaces is half of a spaced name (黃 云), not a paragraph. */
const LONE_HAN_AFTER = /^\p{Script=Han}(?=\s|$)/u;
const LONE_HAN_BEFORE = /(^|\s)\p{Script=Han}$/u;

function keepsTogether(before: string, after: string): boolean {
  return LABEL_BEFORE.test(before) || LABEL_AFTER.test(after) || (POST_BEFORE.test(before) && SHORT_NAME.test(after))
    || LONE_HAN_AFTER.test(after) || LONE_HAN_BEFORE.test(before);
}

function splitLine(block: Block, gaps: Gap[]): Block[] {
  const out: Block[] = [];
  let from = 0;
  for (const gap of gaps) {
    const piece = block.text.slice(from, gap.start);
    if (BARE_MARKER.test(piece) || keepsTogether(piece.slice(-12), block.text.slice(gap.end, gap.end + 6))) continue;
    out.push({ text: piece });
    from = gap.end;
  }
  out.push({ text: block.text.slice(from) });
  // Structure hints belong to the start of the original line.
  if (out[0]) out[0] = { ...block, text: out[0].text };
  return out;
}

/** A document of a few lines, one of them a huge run of paragraphs: its other lines are laid out the same way. */
const FEW_LINES = 12;

export function splitOneLineLayouts(blocks: Block[]): Block[] {
  const gaps = blocks.map((b) => (b.text.length < MIN_LENGTH ? [] : spaceGaps(b.text)));
  const huge = gaps.some((g) => g.length >= MIN_GAPS);
  if (!huge) return blocks;
  const fewLines = blocks.length <= FEW_LINES;
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    const own = fewLines && gaps[i]!.length === 0 ? spaceGaps(block.text) : gaps[i]!;
    const split = own.length >= MIN_GAPS || (fewLines && own.length > 0);
    if (!split) { out.push(block); return; }
    for (const piece of splitLine(block, own)) out.push(piece);
  });
  return out;
}
