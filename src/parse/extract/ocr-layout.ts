// OCR lines -> the positioned text items the PDF layout step reads (pdf-lines.ts, pdf-layout.ts),
// so a scanned page is joined into paragraphs by the same rules as a text page: line ends inside a
// sentence join, a short line or an indented line ends a paragraph, a larger size marks a heading.
// A photo or scan is seldom straight: the page's skew, measured on the line baselines Tesseract
// gives, is turned back before positions are compared. Characters Tesseract was unsure of are
// listed with some context, so the report can say where they are.
import type { PdfItem, PdfPage } from './pdf-lines';
import type { OcrLine, OcrPageResult } from './ocr-engine';
import type { ImageSize } from './ocr-image';
import { ocrLineText } from '../clean/ocr-text';

/** The font name OCR lines carry; their size, measured on the glyphs, tells headings from text. */
export const OCR_FONT = 'ocr';

/**
 * Below this symbol confidence a character is flagged. Measured once on two degraded pages drawn as
 * the OCR tests draw them (1,319 recognised characters aligned with their source by edit distance):
 * of the 28 misread characters 57% scored below 90, 7% below 80 and none below 70; of the correct
 * ones 0.8% scored below 90. Tesseract's LSTM is confident even when wrong, so the bar sits high.
 */
export const UNSURE_BELOW = 90;

export interface Unsure { excerpt: string; confidence: number }
/** `bodySize`: the body text's size in points, which later pages of the file keep when theirs is close. */
export interface OcrPageText { page: PdfPage; unsure: Unsure[]; unsureCount: number; bodySize: number }

export function ocrPageText(result: OcrPageResult, size: ImageSize, dpi: number, fileBodySize?: number): OcrPageText {
  const scale = 72 / dpi;
  const angle = skew(result.lines, size.width);
  const cos = Math.cos(angle), sin = Math.sin(angle);
  const heights = result.lines.map(glyphHeight);
  // One body size for the whole file: the layout tells headings from text by size, page after page.
  const measured = median(heights.filter((h) => h > 0));
  const body = fileBodySize !== undefined && Math.abs(measured * scale - fileBodySize) <= 0.25 * fileBodySize ? fileBodySize / scale : measured;
  const items: PdfItem[] = [];
  const unsure: Unsure[] = [];
  let unsureCount = 0;
  result.lines.forEach((line, i) => {
    const { text, confidence } = ocrLineText(line.words);
    if (text.trim() === '') return;
    const b = line.baseline;
    // Rotated back by the skew: x' = x cos + y sin, y' = -x sin + y cos (image y grows downward).
    const x0 = b.x0 * cos + b.y0 * sin;
    const x1 = b.x1 * cos + b.y1 * sin;
    const y = -b.x0 * sin + b.y0 * cos;
    const height = quantise(heights[i]!, body);
    items.push({ str: text, x: x0 * scale, y: (size.height - y) * scale, width: Math.max(1, x1 - x0) * scale, size: height * scale, font: OCR_FONT });
    unsureCount += collectUnsure(text, confidence, unsure);
  });
  return { page: { width: size.width * scale, height: size.height * scale, items }, unsure, unsureCount, bodySize: body * scale };
}

/** The median slope of long baselines; short lines (a heading, a page number) slope at random. */
function skew(lines: OcrLine[], pageWidth: number): number {
  const angles = lines.filter((l) => l.baseline.x1 - l.baseline.x0 > pageWidth * 0.3)
    .map((l) => Math.atan2(l.baseline.y1 - l.baseline.y0, l.baseline.x1 - l.baseline.x0));
  return angles.length > 0 ? median(angles) : 0;
}

/** The line's glyph height: the median of its Chinese characters' boxes (a skewed line's box is taller). */
function glyphHeight(line: OcrLine): number {
  const hs: number[] = [];
  for (const w of line.words) {
    const each = w.symbols.length > 0 ? (w.bbox.y1 - w.bbox.y0) : 0;
    if (/\p{Script=Han}/u.test(w.text) && each > 0) hs.push(each);
  }
  return hs.length > 0 ? median(hs) : line.bbox.y1 - line.bbox.y0;
}

/**
 * Heights within a quarter of the body text's are the body size (a bold heading set in the body's
 * size measures a little taller, a line of 一 and punctuation shorter); others step by a quarter.
 */
function quantise(h: number, body: number): number {
  if (!(body > 0)) return h;
  if (Math.abs(h - body) <= 0.25 * body) return body;
  return Math.max(1, Math.round((h / body) * 4)) / 4 * body;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs of low-confidence characters on one line: one place each, with a few characters either side. */
function collectUnsure(line: string, confidence: number[], out: Unsure[]): number {
  const text = [...line]; // confidences are per code point
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (confidence[i]! >= UNSURE_BELOW || text[i]!.trim() === '') continue;
    let j = i;
    let least = confidence[i]!;
    while (j + 1 < text.length && confidence[j + 1]! < UNSURE_BELOW) least = Math.min(least, confidence[++j]!);
    count += j - i + 1;
    out.push({ excerpt: text.slice(Math.max(0, i - 4), j + 5).join(''), confidence: Math.round(least) });
    i = j;
  }
  return count;
}
