// First half of the PDF layout step: positioned text items -> lines, per page, top to bottom, and
// the running headers and footers (the same text near the top or bottom of most pages, page
// numbers such as — 3 —, -3-, 第3页, 3/26) taken out. Pure: tested on synthetic items.
import { fixRadicals } from './pdf-glyphs';

/** One text run as pdf.js reports it: baseline origin, advance width, font size and font resource id. */
export interface PdfItem { str: string; x: number; y: number; width: number; size: number; font: string }
export interface PdfPage { width: number; height: number; items: PdfItem[] }

export interface PdfLine {
  text: string; page: number; x0: number; x1: number; y: number; size: number;
  /** The font (resource id and rounded size) that carries most of the line's characters. */
  font: string;
  /** Characters at the line's start set in another font than `font` (an inline heading run), 0 if none. */
  leadLength: number;
}

export interface Run { text: string; font: string }
export interface RawLine { runs: Run[]; page: number; x0: number; x1: number; y: number; size: number }

/** Items whose baselines lie within this share of the font size are on one line. */
const SAME_LINE = 0.4;

export function pageLines(page: PdfPage, index: number): RawLine[] {
  const lines: RawLine[] = [];
  for (const it of page.items) {
    if (it.str.length === 0 || it.size === 0) continue;
    const str = fixRadicals(it.str);
    const last = lines[lines.length - 1];
    const size = Math.abs(it.size);
    if (last && Math.abs(last.y - it.y) <= SAME_LINE * Math.max(size, last.size) && it.x >= last.x1 - size) {
      const gap = it.x - last.x1;
      const prev = last.runs[last.runs.length - 1]!;
      // pdf.js puts the spaces it sees inside a run; between runs only a real gap means one.
      if (gap > 0.3 * size && !/\s$/.test(prev.text) && !/^\s/.test(str)) prev.text += ' ';
      last.runs.push({ text: str, font: fontKey(it) });
      last.x1 = Math.max(last.x1, it.x + it.width);
      last.size = Math.max(last.size, size);
    } else {
      lines.push({ runs: [{ text: str, font: fontKey(it) }], page: index, x0: it.x, x1: it.x + it.width, y: it.y, size });
    }
  }
  // Content streams usually run top to bottom, but headers and footers are often written first or last.
  return lines.filter((l) => l.runs.some((r) => r.text.trim() !== '')).sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function fontKey(it: PdfItem): string {
  return `${it.font}@${Math.round(Math.abs(it.size) * 2) / 2}`;
}

const chars = (s: string) => s.replace(/\s/g, '').length;

function dominant(runs: Run[], canon: (f: string) => string): string {
  const weight = new Map<string, number>();
  for (const r of runs) weight.set(canon(r.font), (weight.get(canon(r.font)) ?? 0) + chars(r.text));
  let font = canon(runs[0]!.font);
  for (const [f, n] of weight) if (n > weight.get(font)!) font = f;
  return font;
}

/**
 * Exporters split one typeface into several font resources (subsets of 256 glyphs, a Latin face for
 * digits) that pdf.js reports apart. A font that mostly appears inside lines carried by another font
 * is a helper of that font; only a font that carries lines of its own (a heading face) stays distinct.
 */
function helperFonts(lines: RawLine[]): (font: string) => string {
  const own = new Map<string, number>();
  const inside = new Map<string, Map<string, number>>();
  for (const l of lines) {
    const d = dominant(l.runs, (f) => f);
    for (const r of l.runs) {
      const n = chars(r.text);
      if (r.font === d) { own.set(d, (own.get(d) ?? 0) + n); continue; }
      const host = inside.get(r.font) ?? new Map<string, number>();
      host.set(d, (host.get(d) ?? 0) + n);
      inside.set(r.font, host);
    }
  }
  const canon = new Map<string, string>();
  for (const [font, hosts] of inside) {
    let best = '';
    let total = 0;
    for (const [h, n] of hosts) { total += n; if (!best || n > hosts.get(best)!) best = h; }
    if (total > (own.get(font) ?? 0)) canon.set(font, best);
  }
  return (f) => canon.get(f) ?? f;
}

const WORDS = /\p{L}.*\p{L}/u;

/** Raw lines of every page -> lines with one font each (helpers folded in) and any opening run in another font. */
export function finishLines(pages: RawLine[][]): PdfLine[][] {
  const canon = helperFonts(pages.flat());
  return pages.map((lines) => lines.map((l) => {
    // The font the line ends in carries it on (a heading run may open a body line, never close one).
    const closing = l.runs.findLast((r) => WORDS.test(r.text));
    const font = closing ? canon(closing.font) : dominant(l.runs, canon);
    let lead = 0;
    for (const r of l.runs) { if (canon(r.font) === font) break; lead += r.text.length; }
    const raw = l.runs.map((r) => r.text).join('');
    const text = raw.trim();
    const leadText = raw.slice(0, lead).trim();
    // Only a run of words is a heading run: a quotation mark or a digit in a Latin face is not.
    const leadLength = WORDS.test(leadText) ? leadText.length : 0;
    return { text, page: l.page, x0: l.x0, x1: l.x1, y: l.y, size: l.size, font, leadLength };
  }));
}

/** A page number on its own: — 3 —, -3-, 3, 第3页, 第 3 页 共 26 页, 3/26, Page 3 of 26. */
const PAGE_NUMBER = /^(?:[-—–－―_~·•=]*\d{1,4}[-—–－―_~·•=]*|第\d{1,4}页(?:共\d{1,4}页)?|共\d{1,4}页第\d{1,4}页|\d{1,4}\/\d{1,4}|(?:page)?\d{1,4}(?:of\d{1,4})?)$/i;

const key = (text: string) => text.replace(/[\s\u3000]+/g, '');
const shape = (text: string) => key(text).replace(/\d+/g, '#');

/** How many lines at each end of a page may be a running header or footer. */
const EDGE_LINES = 2;

function edges(lines: PdfLine[]): PdfLine[] {
  return lines.length <= EDGE_LINES * 2 ? lines : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}

/** Removes page numbers and lines repeated at the same end of most pages; lines keep their order. */
export function dropRunningLines(pages: PdfLine[][], heights: number[]): PdfLine[][] {
  const seen = new Map<string, number>();
  const inMargin = (l: PdfLine) => {
    const h = heights[l.page] ?? 842;
    return l.y > h * 0.85 || l.y < h * 0.15;
  };
  for (const lines of pages) {
    const shapes = new Set(edges(lines).filter(inMargin).map((l) => shape(l.text)));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const minRepeat = Math.max(3, Math.ceil(pages.length * 0.4));
  return pages.map((lines) => {
    const drop = new Set(edges(lines).filter((l) => inMargin(l)
      && (PAGE_NUMBER.test(key(l.text)) || (seen.get(shape(l.text)) ?? 0) >= minRepeat)));
    return drop.size === 0 ? lines : lines.filter((l) => !drop.has(l));
  });
}
