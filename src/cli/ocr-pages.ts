// Page images made at run time from fixture text, for the OCR tests and the OCR bench: A4 at 200 dpi,
// body in Noto Serif CJK with a two-character indent, numbered headings in Noto Sans CJK Bold (as a
// government office's 黑体), drawn with @napi-rs/canvas and the system Noto CJK fonts (Debian's
// fonts-noto-cjk, which CI installs). Degraded copies: turned, drawn smaller, saved as noisy JPEG.
import { existsSync, readFileSync } from 'node:fs';
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';

const FONT_DIR = '/usr/share/fonts/opentype/noto/';
const FONTS = { body: 'NotoSerifCJK-Regular.ttc', heading: 'NotoSansCJK-Bold.ttc' };

/** Faces in the Noto CJK collections: 2 is SC, 3 is TC (fc-query lists them). */
export type Region = 'sc' | 'tc';
const FACE: Record<Region, number> = { sc: 2, tc: 3 };

const registered = new Set<Region>();
function registerFonts(region: Region): void {
  if (registered.has(region)) return;
  for (const [role, file] of Object.entries(FONTS)) {
    if (!existsSync(FONT_DIR + file)) {
      throw new Error(`OCR tests draw pages with ${FONT_DIR}${file}, which is missing: install fonts-noto-cjk (apt-get install fonts-noto-cjk)`);
    }
    // Skia reads only a collection's first face (JP glyph forms): the regional face is cut out.
    GlobalFonts.register(Buffer.from(ttcFace(new Uint8Array(readFileSync(FONT_DIR + file)), FACE[region])), `Test-${role}-${region}`);
  }
  registered.add(region);
}

/** One face of a TrueType/OpenType collection as a standalone font: its table directory, tables copied after it. */
function ttcFace(ttc: Uint8Array, index: number): Uint8Array {
  const v = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  const at = v.getUint32(12 + 4 * index);
  const tables = v.getUint16(at + 4);
  const head = 12 + 16 * tables;
  let size = head;
  for (let t = 0; t < tables; t++) size += (v.getUint32(at + 12 + 16 * t + 12) + 3) & ~3;
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  out.set(ttc.subarray(at, at + head));
  let pos = head;
  for (let t = 0; t < tables; t++) {
    const rec = at + 12 + 16 * t;
    const offset = v.getUint32(rec + 8), length = v.getUint32(rec + 12);
    out.set(ttc.subarray(offset, offset + length), pos);
    o.setUint32(12 + 16 * t + 8, pos);
    pos += (length + 3) & ~3;
  }
  return out;
}

export const A4 = { width: 1654, height: 2339, dpi: 200 };

/** A fixture report's paragraphs from its title on, without the web page's byline lines (发布时间, 来源, 扫一扫). */
export function fixtureParagraphs(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const title = Math.max(0, lines.findIndex((l) => /报告|報告/.test(l) && l.length < 60));
  return lines.slice(title).filter((l) => !/^(发布|發布|扫一扫|來源|来源)/.test(l));
}
const PX = 42; // 15 pt at 200 dpi
const MARGIN = { x: 190, top: 230, bottom: 230 };
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)/u;

export interface DrawnPage { canvas: Canvas; text: string }

/** The paragraphs drawn (the last one cut where the pages ran out), as a text file would hold them. */
export function drawnParagraphs(paragraphs: string[], pages: DrawnPage[]): string[] {
  let rest = pages.map((p) => p.text.replace(/\s+/g, '')).join('');
  const out: string[] = [];
  for (const para of paragraphs) {
    if (rest === '') break;
    const squashed = para.replace(/\s+/g, '');
    out.push(rest.slice(0, squashed.length));
    rest = rest.slice(squashed.length);
  }
  return out;
}

/** Lays paragraphs out over as many pages as they need (at most `maxPages`); each page keeps its own text. */
export function drawPages(paragraphs: string[], maxPages = 9, region: Region = 'sc'): DrawnPage[] {
  registerFonts(region);
  const body = `${PX}px Test-body-${region}`, head = `${PX}px Test-heading-${region}`;
  const pages: DrawnPage[] = [];
  let canvas: Canvas | null = null;
  let y = 0;
  let text: string[] = [];
  const newPage = () => {
    if (canvas) pages.push({ canvas, text: text.join('\n') });
    canvas = createCanvas(A4.width, A4.height);
    const g = canvas.getContext('2d');
    g.fillStyle = '#ffffff'; g.fillRect(0, 0, A4.width, A4.height);
    y = MARGIN.top; text = [];
  };
  newPage();
  for (const para of paragraphs) {
    const heading = (HEADING.test(para) && para.length <= 40) || para === paragraphs[0];
    const g = canvas!.getContext('2d');
    g.font = heading ? head : body;
    g.fillStyle = '#000000'; g.textBaseline = 'alphabetic';
    const lines = wrap(g, heading ? para : `\u3000\u3000${para}`, A4.width - 2 * MARGIN.x);
    for (const line of lines) {
      if (y + PX * 1.2 > A4.height - MARGIN.bottom) {
        if (pages.length + 1 >= maxPages) return [...pages, { canvas: canvas!, text: text.join('\n') }];
        newPage();
      }
      const gg = canvas!.getContext('2d');
      gg.font = heading ? head : body;
      gg.fillStyle = '#000000';
      gg.fillText(line, MARGIN.x, y + PX);
      text.push(line);
      y += PX * 1.75;
    }
  }
  pages.push({ canvas: canvas!, text: text.join('\n') });
  return pages;
}

function wrap(g: { measureText(s: string): { width: number } }, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && g.measureText(line + ch).width > width) { lines.push(line); line = ''; }
    line += ch;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface Degrade { degrees?: number; scale?: number; jpegQuality?: number }

/** The page as an image file: turned by `degrees`, drawn at `scale`, saved as JPEG (noise) or PNG. */
export function pageImage(page: Canvas, d: Degrade = {}): Uint8Array {
  const scale = d.scale ?? 1;
  const out = createCanvas(Math.round(A4.width * scale), Math.round(A4.height * scale));
  const g = out.getContext('2d');
  g.fillStyle = '#ffffff'; g.fillRect(0, 0, out.width, out.height);
  g.translate(out.width / 2, out.height / 2);
  g.rotate(((d.degrees ?? 0) * Math.PI) / 180);
  g.scale(scale, scale);
  g.drawImage(page, -A4.width / 2, -A4.height / 2);
  return new Uint8Array(d.jpegQuality ? out.toBuffer('image/jpeg', d.jpegQuality) : out.toBuffer('image/png'));
}

/** What a CER compares: no white space, ASCII punctuation as its full-width form, one kind of quote. */
export function forCer(s: string): string[] {
  const full: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！', '“': '"', '”': '"' };
  return [...s.replace(/\s+/g, '')].map((c) => full[c] ?? c);
}

/** Character error rate: edit distance over the source's length. */
export function cer(source: string, read: string): number {
  const a = forCer(source), b = forCer(read);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return a.length === 0 ? 0 : prev[b.length]! / a.length;
}
