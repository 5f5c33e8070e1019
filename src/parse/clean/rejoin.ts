// Paragraphs broken mid-sentence (page breaks, hard-wrapped lines) are joined again. A line that
// does not end a sentence is continued by the next line unless either looks like a heading: short
// title-like lines (2018年工作回顾, a speaker line) stand alone; so do numbered lines and markup headings.
// Hard wraps are recognised by their width: many open lines of the same length.
import type { Block } from '../blocks';
import { readMarker } from '../outline/numbering';
import { firstSentence } from '../outline/sentence';
import { MAX_TITLE, YEAR_MOTTO } from '../outline/candidates';
import { charLength, CLOSERS, endsClosed, endsSentence, isWide, longerThan } from './chars';

/** A line shorter than this without any punctuation reads as a title, not as half a sentence. */
const TITLE_LENGTH = 40;
const NO_PUNCTUATION = /^[^。，,；;！!？?：:]*$/u;
/** A full stop with text after it. */
const STOP_INSIDE = /[。！？!?]./u;
const WRAP_MIN_LINES = 5;
/** A semicolon ends a clause, not the paragraph, where the line it ends fills the wrap width. */
const CLAUSE_END = /[；;]$/u;
const WRAP_MIN_WIDTH = 16;

/** The width of a hard-wrapped text: most open lines share it and hardly any line is longer; 0 otherwise. */
export function wrapWidth(blocks: Block[]): number {
  const counts = new Map<number, number>();
  let open = 0;
  for (const b of blocks) {
    if (endsClosed(b.text) || readMarker(b.text) !== null) continue;
    if (longerThan(b.text, 200)) continue;
    const n = charLength(b.text);
    if (n < WRAP_MIN_WIDTH) continue;
    open++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0, bestCount = 0;
  for (const [n, c] of counts) {
    // Wrapped lines differ by a character or so where half-width text sits in them.
    const near = c + (counts.get(n - 1) ?? 0) + (counts.get(n + 1) ?? 0);
    if (near > bestCount || (near === bestCount && n > best)) { best = n; bestCount = near; }
  }
  if (bestCount < WRAP_MIN_LINES || bestCount < open * 0.5) return 0;
  const longer = blocks.filter((b) => longerThan(b.text, best + 2)).length;
  return longer <= blocks.length * 0.05 ? best : 0;
}

/** `last` is the physical line the text ends with; only a line short of the wrap width can be a title. */
function titleLike(text: string, last: string, width: number): boolean {
  // Checked on paragraphs as they grow by joining: bail out on length before any scan.
  if (text.length > 120) return false;
  if (width > 0 && charLength(last) >= width - 2) return false;
  const n = charLength(text);
  // A numbered heading with its body on the same line (（一）扩大有效投资。实施……力争固定资产) is a
  // run-in heading whose sentence goes on below, not a title standing alone.
  if (readMarker(text) !== null && n <= MAX_TITLE) return !(STOP_INSIDE.test(text) && !endsClosed(text));
  return n < TITLE_LENGTH && (NO_PUNCTUATION.test(text) || YEAR_MOTTO.test(text));
}

/**
 * "（一）坚持扩大有效需求，经济" + "大盘稳住稳好": a heading couplet wrapped inside its second half
 * (PDF copies wrap large heading type early). The second half is too short to balance the first
 * until the fragment on the next line completes it.
 */
function wrappedHeading(prev: Block, next: Block): boolean {
  if (next.markupLevel !== undefined || next.listItem || readMarker(next.text) !== null) return false;
  if (longerThan(next.text, 16) || !NO_PUNCTUATION.test(next.text) || endsClosed(prev.text)) return false;
  const marker = readMarker(prev.text);
  if (!marker && prev.markupLevel === undefined) return false;
  // A character or two on their own line under a numbered heading are its last word.
  if (marker && charLength(next.text) <= 2 && prev.text.length <= MAX_TITLE) return true;
  const comma = /[，,]([^，,]*)$/u.exec(prev.text);
  if (!comma || prev.text.length > 60) return false;
  const head = charLength(prev.text.slice(marker?.length ?? 0, comma.index));
  const tail = charLength(comma[1]!);
  return tail < head * 0.7 && tail + charLength(next.text) >= head * 0.7;
}

/**
 * A numbered line without a full stop at full width: it continues (a heading longer than the
 * width, a numbered paragraph) unless joining would make a first sentence no heading has, while
 * the line alone reads as one.
 */
function headingFillsLine(prev: Block, last: string, next: Block, width: number): boolean {
  if (prev.text !== last || readMarker(last) === null || /[。！？!?]/u.test(last)) return false;
  if (charLength(next.text) < width - 2) return false;
  const joined = firstSentence(last + next.text, MAX_TITLE * 2);
  return (joined === null || charLength(last + next.text.slice(0, joined.end - last.length)) > MAX_TITLE) && charLength(last) <= MAX_TITLE;
}

/** `last` is the physical line `prev` ends with (prev may already hold several joined lines). */
export function continues(prev: Block, last: string, next: Block, width: number): boolean {
  if (wrappedHeading(prev, next)) return true;
  if (prev.markupLevel !== undefined || next.markupLevel !== undefined) return false;
  if (next.listItem || next.boldLead !== undefined || readMarker(next.text) !== null) return false;
  const fullWidth = width > 0 && charLength(last) >= width - 2;
  // A line filling the width goes on even when it happens to end with a bracket, or with a semicolon
  // between two clauses of a list (增长12.5%；社会消费品零售总额…); only a numbered heading that fills
  // the line exactly must not run into the body text below it.
  if (fullWidth && (!endsSentence(last) || CLAUSE_END.test(last))) return !headingFillsLine(prev, last, next, width);
  if (titleLike(next.text, next.text, width)) return false;
  return !endsClosed(prev.text) && !titleLike(prev.text, last, width);
}

function joinsWithSpace(end: string | undefined, start: string | undefined): boolean {
  return !isWide(end) && !isWide(start) && /[A-Za-z0-9]/.test(end ?? '') && /[A-Za-z0-9]/.test(start ?? '');
}

/**
 * A paragraph glued from many lines is held as pieces: concatenating onto a long string and then
 * reading its last character (as every test on `prev` does) copies the whole text, which made a
 * run of thousands of open lines quadratic. Beyond PROXY_AFTER characters the tests see a proxy
 * of its opening and its end, which answers every test in this file the same: past 120 characters
 * a paragraph is no title and no wrapped heading, and only its opening (a marker) and its end (a
 * closing mark) are read.
 */
const PROXY_AFTER = 240;
const PROXY_PART = 120;

class Paragraph {
  private pieces: string[];
  private length: number;
  private head: string;
  private tail: string;
  constructor(readonly block: Block) {
    this.pieces = [block.text];
    this.length = block.text.length;
    this.head = block.text.slice(0, PROXY_PART);
    this.tail = block.text.slice(-PROXY_PART);
  }

  add(text: string): void {
    const piece = joinsWithSpace(this.tail.at(-1), text[0]) ? ` ${text}` : text;
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.head.length < PROXY_PART) this.head = (this.head + piece).slice(0, PROXY_PART);
    this.tail = (this.tail + piece).slice(-PROXY_PART);
  }

  /** What the tests in `continues` read: the text itself while short, else the proxy (or the text, when the proxy could mislead). */
  view(last: string): Block {
    if (this.pieces.length === 1) return this.block;
    if (this.length <= PROXY_AFTER || this.closersOnly() || this.head + this.tail === last) return this.done();
    return { ...this.block, text: this.head + this.tail };
  }

  /** A tail of nothing but closing brackets: the closing mark may lie further back than the proxy keeps. */
  private closersOnly(): boolean {
    for (let i = this.tail.length - 1; i >= 0; i--) if (!CLOSERS.has(this.tail[i]!)) return false;
    return true;
  }

  done(): Block {
    if (this.pieces.length > 1) this.pieces = [this.pieces.join('')];
    return this.pieces[0] === this.block.text ? this.block : { ...this.block, text: this.pieces[0]! };
  }
}

export function rejoinBrokenLines(blocks: Block[]): Block[] {
  const width = wrapWidth(blocks);
  const out: Block[] = [];
  let open: Paragraph | null = null;
  let last = '';
  for (const block of blocks) {
    if (open && continues(open.view(last), last, block, width)) open.add(block.text);
    else {
      if (open) out.push(open.done());
      open = new Paragraph(block);
    }
    last = block.text;
  }
  if (open) out.push(open.done());
  return out;
}
