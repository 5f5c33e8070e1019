// A site's watermark: the same words and address appended to line after line, or standing on lines of
// their own, by a page that marks what is copied from it ("…工作报告文章源自英文巴士-https://…/16018.html").
// Left in, it turns headings into sentences and adds a "paragraph" for every line. Known by an
// address ending three or more lines; the watermark is what all those lines end with (their longest
// common ending, from after any punctuation of the text's own). Linear: one look at each line's end,
// and one comparison of the lines that end with the same address.
import type { Block } from '../blocks';

/** How far from a line's end an address may start. */
const ADDRESS_REACH = 400;

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029;

/**
 * The address at the very end of a line (from http://, https:// or www. to the end, no space), or null.
 * Looked for in the line's last word only, by indexOf: a regular expression anchored at the end would
 * try every www. of a long line without spaces, each to the end of it.
 */
function trailingAddress(text: string): string | null {
  const from = Math.max(0, text.length - ADDRESS_REACH);
  // Most lines hold no address: two native searches of the line's end rule them out.
  const tail = from > 0 ? text.slice(from) : text;
  if (!tail.includes('http') && !tail.includes('www.')) return null;
  let start = text.length;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start);
  const at = Math.min(...['http://', 'https://', 'www.'].map((p) => word.indexOf(p)).filter((i) => i >= 0));
  return Number.isFinite(at) && at < word.length ? word.slice(at) : null;
}
/** Lines an address must end before it reads as a watermark, not as a source line or a link. */
const MIN_LINES = 3;
/** A watermark is a short phrase and its address. */
const MAX_WATERMARK = 120;
/** Punctuation, quotes and spaces a watermark never starts with: they end the text it was appended to. */
const TEXT_END = /^[\s。！？!?；;，,、：:）)」』”’》〉…—-]+/u;

export interface WatermarkResult { blocks: Block[]; removed: string[] }

/** The longest ending every text shares, at most `max` characters. */
function commonEnding(texts: string[], max: number): string {
  const first = texts[0]!;
  let n = 0;
  while (n < max && n < first.length) {
    const c = first[first.length - 1 - n];
    if (!texts.every((t) => t.length > n && t[t.length - 1 - n] === c)) break;
    n++;
  }
  return first.slice(first.length - n);
}

/** The watermarks of a text: for each address ending MIN_LINES lines or more, what those lines end with. */
function watermarks(blocks: Block[]): string[] {
  const byAddress = new Map<string, string[]>();
  for (const b of blocks) {
    const address = trailingAddress(b.text);
    if (!address) continue;
    const list = byAddress.get(address);
    if (list) list.push(b.text);
    else byAddress.set(address, [b.text]);
  }
  const out: string[] = [];
  for (const [address, texts] of byAddress) {
    if (texts.length < MIN_LINES) continue;
    const ending = commonEnding(texts, MAX_WATERMARK).replace(TEXT_END, '');
    if (ending.length >= address.length) out.push(ending);
  }
  return out;
}

/** Takes watermarks off the ends of lines; a line that was only a watermark goes to `removed`. */
export function removeWatermarks(blocks: Block[]): WatermarkResult {
  const marks = watermarks(blocks);
  if (marks.length === 0) return { blocks, removed: [] };
  const kept: Block[] = [];
  const removed: string[] = [];
  for (const b of blocks) {
    const mark = marks.find((m) => b.text.endsWith(m));
    if (!mark) { kept.push(b); continue; }
    const text = b.text.slice(0, b.text.length - mark.length).trimEnd();
    if (text.length === 0) removed.push(b.text);
    else kept.push(b.boldLead !== undefined && b.boldLead > text.length ? { ...b, text, boldLead: text.length } : { ...b, text });
  }
  return { blocks: kept, removed };
}
