// PDF -> Blocks: opens the document through pdf.js (pdf.ts), reads every page's text within the
// page and size limits, tells a scan (no text layer, or glyphs without a Unicode map that read as
// private-use or control characters) from a text PDF, and lays the text out (pdf-layout.ts).
import type { ParseWarning } from '../../model/warnings';
import { warning } from '../warnings';
import type { Block } from '../blocks';
import { MAX_INPUT_BYTES, tooLargeError } from '../limits';
import { openPdf, pageText } from './pdf';
import { layoutPdf, type PdfPage } from './pdf-layout';

export type PdfResult = { ok: true; blocks: Block[]; pages: number; warnings: ParseWarning[] } | { ok: false; error: string };

/** More pages than any work report has: a longer PDF is a yearbook or a scan bundle. */
export const MAX_PDF_PAGES = 400;

export const PDF_ERRORS = {
  password: '此 PDF 设有打开密码，请先用密码打开并另存为无密码的 PDF (the PDF needs a password to open; save a copy without one)',
  damaged: 'PDF 文件已损坏，无法读取 (the PDF is damaged and cannot be read)',
  scan: '此 PDF 是扫描件，没有文字层，暂时无法读取（需要文字识别）(the PDF is a scan with no text layer; it cannot be read without OCR)',
  garbled: '此 PDF 的字体没有文字编码，提取出的是乱码，按扫描件处理，暂时无法读取 (the PDF\'s fonts have no Unicode map, so its text reads as garbage; it is treated like a scan and cannot be read without OCR)',
  pages: (n: number) => `PDF 共 ${n} 页，超过 ${MAX_PDF_PAGES} 页的上限 (the PDF has ${n} pages; the limit is ${MAX_PDF_PAGES})`,
};

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

export async function extractPdf(bytes: Uint8Array): Promise<PdfResult> {
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, error: tooLargeError(bytes.length) };
  const opened = await openPdf(bytes);
  if (!opened.ok) return { ok: false, error: PDF_ERRORS[opened.reason] };
  const doc = opened.doc;
  try {
    if (doc.numPages > MAX_PDF_PAGES) return { ok: false, error: PDF_ERRORS.pages(doc.numPages) };
    const pages: PdfPage[] = [];
    const skipped: number[] = [];
    let garbled = 0;
    const fontNames = new Map<string, string>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await pageText(doc, n, fontNames).catch(() => null);
      const kind = page ? pageKind(page) : 'empty';
      if (page && kind === 'text') pages.push(page);
      else { skipped.push(n); if (kind === 'garbled') garbled++; }
    }
    if (pages.length === 0) return { ok: false, error: garbled > 0 ? PDF_ERRORS.garbled : PDF_ERRORS.scan };
    if (garbled > pages.length) return { ok: false, error: PDF_ERRORS.garbled };
    const warnings = skipped.length === 0 ? [] : [skippedWarning(skipped)];
    return { ok: true, blocks: layoutPdf(pages), pages: doc.numPages, warnings };
  } catch {
    return { ok: false, error: PDF_ERRORS.damaged };
  } finally {
    void doc.destroy();
  }
}

function skippedWarning(pages: number[]): ParseWarning {
  return warning('pdf-pages-skipped', { pages: pages.slice(0, 12), count: pages.length });
}
