// Every format, PDF and images included. pdf.js and Tesseract answer asynchronously and are loaded
// on the first file that needs them, so the import worker and the command line call parseFile;
// parseReport (index.ts) stays synchronous for the formats read in one go, and a bundle that
// imports only index.ts never carries pdf.js or tesseract.js.
import type { ParseResult, ParsedReport } from '../model/report';
import type { ParseFileOptions } from './extract/ocr-types';
import { detectFormat } from './format';
import { fromExtracted, parseReport } from './index';
import { extractPdf, type PdfResult } from './extract/pdf-read';
import { extractImage } from './extract/image-read';
import { OcrCancelled } from './extract/ocr-engine';
import { failure } from './errors';
import { warning } from './warnings';
import { pageStarts, unsurePlaces } from './page-starts';

/** Whether a file needs parseFile (a PDF or an image), judged as the parser judges formats. */
export function needsParseFile(bytes: Uint8Array, fileName: string): boolean {
  const format = detectFormat(fileName, bytes);
  return format.ok && (format.format === 'pdf' || format.format === 'image');
}

export async function parseFile(bytes: Uint8Array, fileName: string, opts: ParseFileOptions = {}): Promise<ParseResult> {
  const format = detectFormat(fileName, bytes);
  if (!format.ok || (format.format !== 'pdf' && format.format !== 'image')) return parseReport(bytes, fileName);
  let read: PdfResult;
  try {
    read = format.format === 'pdf' ? await extractPdf(bytes, opts.ocr) : await extractImage(bytes, opts.ocr);
  } catch (err) {
    if (err instanceof OcrCancelled) return { ...failure('cancelled', {}), fileName };
    const why = err instanceof Error ? err.message : String(err);
    // pdf.js failures become pdf-damaged inside extractPdf: what escapes is OCR's (engine or data
    // that would not load, an image it cannot decode) or, without OCR, a parser bug.
    return { ...failure(opts.ocr ? 'ocr-failed' : 'parse-failed', { detail: why }), fileName };
  }
  if (!read.ok) return { ...read, fileName };
  try {
    const result = fromExtracted(fileName, format.format, { ok: true, blocks: read.blocks, encoding: 'unicode', warnings: read.warnings });
    return result.ok ? { ok: true, report: withPages(result.report, read) } : result;
  } catch (err) {
    return { ...failure('parse-failed', { detail: err instanceof Error ? err.message : String(err) }), fileName };
  }
}

/** Page starts for every PDF and image report; OCR's info and its unsure characters when it ran. */
function withPages(report: ParsedReport, read: PdfResult & { ok: true }): ParsedReport {
  const texts = report.paragraphs.map((p) => p.text);
  const out: ParsedReport = { ...report, pages: pageStarts(read.pageTexts, texts) };
  if (!read.ocr) return out;
  out.ocr = read.ocr.info();
  if (read.ocr.unsureCount > 0) {
    const places = unsurePlaces(read.ocr.unsure, texts);
    out.warnings = [...out.warnings, warning('ocr-low-confidence', { count: read.ocr.unsureCount, places })];
  }
  return out;
}
