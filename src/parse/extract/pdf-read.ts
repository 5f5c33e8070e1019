// PDF -> Blocks: opens the document through pdf.js (pdf.ts), reads every page's text within the
// page and size limits, tells a scanned page (no text layer, or glyphs without a Unicode map that
// read as private-use or control characters) from a text page, reads scanned pages by OCR when the
// caller offers it (ocr-run.ts), and lays all pages out together (pdf-layout.ts).
import type { ParseWarning } from '../../model/warnings';
import { warning } from '../warnings';
import type { Block } from '../blocks';
import { MAX_INPUT_BYTES } from '../limits';
import type { ParseError } from '../../model/errors';
import { failure } from '../errors';
import { openPdf, pageText } from './pdf';
import { layoutPdf, type PdfPage } from './pdf-layout';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OcrOptions } from './ocr-types';
import { OcrRun } from './ocr-run';
import { renderPdfPage, OCR_DPI } from './pdf-render';
import { greyBmp } from './ocr-image';

/** `pageTexts`: each page's text as read (empty for a page left out), to place paragraphs on pages. */
export type PdfResult = { ok: true; blocks: Block[]; pages: number; pageTexts: string[]; warnings: ParseWarning[]; ocr?: OcrRun }
  | ({ ok: false } & ParseError);

/** More pages than any work report has: a longer PDF is a yearbook or a scan bundle. */
export const MAX_PDF_PAGES = 400;

type PageKind = 'text' | 'empty' | 'garbled';

/** Readable letters against characters that only an unmapped font produces. */
export function pageKind(page: PdfPage): PageKind {
  let good = 0;
  let bad = 0;
  for (const it of page.items) {
    for (const ch of it.str) {
      const c = ch.codePointAt(0)!;
      if ((c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000 || c === 0xfffd || c < 0x20 || (c >= 0x7f && c < 0xa0)) bad++;
      else if (/[\p{L}\p{N}]/u.test(ch)) good++;
    }
  }
  if (good + bad < 8) return 'empty';
  return bad > 0.2 * (good + bad) ? 'garbled' : 'text';
}

/**
 * Reads a PDF. Pages without a readable text layer are read by OCR when `ocr` is given; without it
 * they are left out (with a warning) while text pages outnumber garbled ones, and a PDF that is
 * mostly or wholly scanned fails with 'ocr-needed', so the caller can offer OCR.
 */
export async function extractPdf(bytes: Uint8Array, ocr?: OcrOptions): Promise<PdfResult> {
  if (bytes.length > MAX_INPUT_BYTES) return failure('too-large', { size: bytes.length, limit: MAX_INPUT_BYTES });
  const opened = await openPdf(bytes);
  if (!opened.ok) return failure(opened.reason === 'password' ? 'pdf-password' : 'pdf-damaged', {});
  const doc = opened.doc;
  let read: ReadPages;
  try {
    if (doc.numPages > MAX_PDF_PAGES) return failure('pdf-pages', { pages: doc.numPages, limit: MAX_PDF_PAGES });
    read = await readTextPages(doc);
  } catch {
    void doc.destroy();
    return failure('pdf-damaged', {});
  }
  try {
    const unread = read.skipped.length;
    if (!ocr && (read.textPages === 0 || read.garbled > read.textPages)) return failure('ocr-needed', { pages: unread });
    if (!ocr) {
      const warnings = unread === 0 ? [] : [skippedWarning(read.skipped)];
      return { ok: true, blocks: layoutPdf(read.pages.filter((p): p is PdfPage => p !== null)), pages: doc.numPages, pageTexts: read.pages.map(textOf), warnings };
    }
    // OCR errors (engine, data, cancel) propagate to parseFile, which words them.
    const run = new OcrRun(ocr, unread);
    for (const n of read.skipped) {
      const image = await renderPdfPage(doc, n, OCR_DPI);
      read.pages[n - 1] = await run.read(greyBmp(image.rgba, image.width, image.height), image, image.dpi, n);
    }
    const pages = read.pages.filter((p): p is PdfPage => p !== null);
    const warnings = unread === 0 ? [] : [warning('ocr-pages', { pages: read.skipped.slice(0, 12), count: unread })];
    return { ok: true, blocks: layoutPdf(pages), pages: doc.numPages, pageTexts: read.pages.map(textOf), warnings, ...(unread > 0 ? { ocr: run } : {}) };
  } finally {
    void doc.destroy();
  }
}

interface ReadPages { pages: (PdfPage | null)[]; skipped: number[]; garbled: number; textPages: number }

/** Every page's text layer; a page without a readable one stays null and is listed in `skipped`. */
async function readTextPages(doc: PDFDocumentProxy): Promise<ReadPages> {
  const read: ReadPages = { pages: [], skipped: [], garbled: 0, textPages: 0 };
  const fontNames = new Map<string, string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await pageText(doc, n, fontNames).catch(() => null);
    const kind = page ? pageKind(page) : 'empty';
    if (page && kind === 'text') { read.pages.push(page); read.textPages++; continue; }
    read.pages.push(null);
    read.skipped.push(n);
    if (kind === 'garbled') read.garbled++;
  }
  return read;
}

function textOf(page: PdfPage | null): string {
  return page ? page.items.map((it) => it.str).join('') : '';
}

function skippedWarning(pages: number[]): ParseWarning {
  return warning('pdf-pages-skipped', { pages: pages.slice(0, 12), count: pages.length });
}
