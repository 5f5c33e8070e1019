// PDF -> Blocks: opens the document through pdf.js (pdf.ts), reads every page's text within the
// page and size limits, tells a scan (no text layer, or glyphs without a Unicode map that read as
// private-use or control characters) from a text PDF, and lays the text out (pdf-layout.ts).
import type { ParseWarning } from '../../model/warnings';
import { warning } from '../warnings';
import type { Block } from '../blocks';
import { MAX_INPUT_BYTES } from '../limits';
import type { ParseError } from '../../model/errors';
import { failure } from '../errors';
import { openPdf, pageText } from './pdf';
import { layoutPdf, type PdfPage } from './pdf-layout';

export type PdfResult = { ok: true; blocks: Block[]; pages: number; warnings: ParseWarning[] } | ({ ok: false } & ParseError);

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

export async function extractPdf(bytes: Uint8Array): Promise<PdfResult> {
  if (bytes.length > MAX_INPUT_BYTES) return failure('too-large', { size: bytes.length, limit: MAX_INPUT_BYTES });
  const opened = await openPdf(bytes);
  if (!opened.ok) return failure(opened.reason === 'password' ? 'pdf-password' : 'pdf-damaged', {});
  const doc = opened.doc;
  try {
    if (doc.numPages > MAX_PDF_PAGES) return failure('pdf-pages', { pages: doc.numPages, limit: MAX_PDF_PAGES });
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
    if (pages.length === 0) return failure(garbled > 0 ? 'pdf-garbled' : 'pdf-scan', {});
    if (garbled > pages.length) return failure('pdf-garbled', {});
    const warnings = skipped.length === 0 ? [] : [skippedWarning(skipped)];
    return { ok: true, blocks: layoutPdf(pages), pages: doc.numPages, warnings };
  } catch {
    return failure('pdf-damaged', {});
  } finally {
    void doc.destroy();
  }
}

function skippedWarning(pages: number[]): ParseWarning {
  return warning('pdf-pages-skipped', { pages: pages.slice(0, 12), count: pages.length });
}
