// Second half of the PDF layout step: lines -> the paragraphs a reader sees. A line continues the
// paragraph above when that one ran to the right margin and this one is neither indented, nor
// after a larger gap, nor in another font; the test ignores page breaks, so a paragraph split
// across pages is joined. Lines in a heading font (黑体/楷体 against 仿宋 body) stay on their own.
// Linear in the number of lines: the page metrics are counted once, then one pass decides.
import type { Block } from '../blocks';
import { dropRunningLines, finishLines, pageLines, type PdfLine, type PdfPage } from './pdf-lines';
import { tidySpacing } from './pdf-spacing';

export type { PdfItem, PdfPage } from './pdf-lines';

interface Metrics { bodyFont: string; left: number; right: number; lineGap: number }

export function layoutPdf(pages: PdfPage[]): Block[] {
  const perPage = finishLines(pages.map((p, i) => pageLines(p, i)));
  const lines = dropRunningLines(perPage, pages.map((p) => p.height)).flat();
  if (lines.length === 0) return [];
  const m = metrics(lines);
  const blocks: Block[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && continues(lines[i - 1]!, lines[i]!, m)) continue;
    blocks.push(paragraph(lines.slice(start, i), m));
    start = i;
  }
  return tidySpacing(blocks);
}

/** The most frequent value of a rounded measure; ties go to the smaller value. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = NaN;
  let bestCount = 0;
  for (const v of values) {
    const k = Math.round(v);
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > bestCount || (c === bestCount && k < best)) { best = k; bestCount = c; }
  }
  return best;
}

function metrics(lines: PdfLine[]): Metrics {
  const weight = new Map<string, number>();
  for (const l of lines) weight.set(l.font, (weight.get(l.font) ?? 0) + l.text.length);
  let bodyFont = lines[0]!.font;
  for (const [f, n] of weight) if (n > weight.get(bodyFont)!) bodyFont = f;
  const body = lines.filter((l) => l.font === bodyFont);
  // The left margin: the leftmost x where a fair share of body lines start (first-line indents start further right).
  const starts = new Map<number, number>();
  for (const l of body) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const floor = Math.max(2, body.length * 0.03);
  let left = Infinity;
  for (const [x, n] of starts) if (n >= floor && x < left) left = x;
  if (left === Infinity) left = Math.min(...body.map((l) => Math.round(l.x0)));
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1]!;
    const b = body[i]!;
    if (a.page === b.page && a.y > b.y) gaps.push(a.y - b.y);
  }
  // The right margin: the rightmost x where a fair share of body lines end (justified lines all do).
  const ends = new Map<number, number>();
  for (const l of body) ends.set(Math.round(l.x1), (ends.get(Math.round(l.x1)) ?? 0) + 1);
  let right = -Infinity;
  for (const [x, n] of ends) if (n >= floor && x > right) right = x;
  // Lines of equal length somewhere short of the margin (a list of short items) are not the margin:
  // the edge must lie near where the longest lines end (their 95th percentile, past outliers such as a long URL).
  const far = percentile(ends, body.length, 0.95);
  if (right === -Infinity || right < far - 3 * sizeOf(bodyFont)) right = far;
  return { bodyFont, left, right, lineGap: gaps.length ? mode(gaps) : NaN };
}

/** The value below which a share of the counted values lie; distinct values are few (page coordinates). */
function percentile(counts: Map<number, number>, total: number, share: number): number {
  const keys = [...counts.keys()].sort((a, b) => a - b);
  let seen = 0;
  for (const k of keys) { seen += counts.get(k)!; if (seen >= share * total) return k; }
  return keys[keys.length - 1] ?? 0;
}

const TERMINAL = /[。！？!?；;：:]$/u;
const NUMBERED_START = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分章节])/u;

function continues(prev: PdfLine, cur: PdfLine, m: Metrics): boolean {
  if (prev.font !== cur.font) return false;
  const samePage = prev.page === cur.page;
  if (samePage && prev.y <= cur.y) return false; // a new column or a line out of order
  if (cur.leadLength > 0) return false; // a line that opens with a heading run opens a paragraph
  if (prev.font !== m.bodyFont) {
    // A heading or title wrapped over lines (often centred): same font, a line apart, not a sentence end.
    // A larger gap than the line pitch is the space between two paragraphs of that font.
    const pitch = Math.max(cur.size * 1.6, (m.lineGap || 0) * 1.15);
    return samePage && prev.y - cur.y <= pitch && !TERMINAL.test(prev.text) && !NUMBERED_START.test(cur.text);
  }
  if (samePage && m.lineGap > 0 && prev.y - cur.y > m.lineGap * 1.5 + 1) return false;
  if (prev.x1 < m.right - 2 * cur.size) return false; // the line above ended short: its paragraph ended
  // A sentence that ends at the margin, then 一、/（二）at the line start: a heading, not a wrapped clause.
  if (TERMINAL.test(prev.text) && NUMBERED_START.test(cur.text)) return false;
  return cur.x0 <= m.left + 0.9 * cur.size;
}

/** Joins a paragraph's lines; a heading font marks the paragraph (or its opening run) as bold, as Word's bold would. */
function paragraph(lines: PdfLine[], m: Metrics): Block {
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!.text;
    // CJK wraps anywhere with no space; Latin words and numbers wrapped at a line end need one back.
    text += /[A-Za-z0-9,.;:]$/.test(text) && /^[A-Za-z0-9]/.test(next) ? ' ' + next : next;
  }
  const first = lines[0]!;
  const block: Block = { text };
  if (first.font !== m.bodyFont && emphatic(first.font, m.bodyFont) && text.length <= 80) block.boldLead = text.length;
  else if (first.leadLength > 0) block.boldLead = first.leadLength;
  return block;
}

/** A font at least the body's size: headings are never set smaller than the text they head. */
function emphatic(font: string, body: string): boolean {
  return sizeOf(font) >= sizeOf(body) - 0.5;
}

function sizeOf(fontKey: string): number {
  return Number(fontKey.slice(fontKey.lastIndexOf('@') + 1));
}
