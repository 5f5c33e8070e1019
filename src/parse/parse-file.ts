// Every format, PDF included. pdf.js answers asynchronously and is loaded on the first PDF, so the
// import worker and the command line call parseFile; parseReport (index.ts) stays synchronous for
// the formats read in one go, and a bundle that imports only index.ts never carries pdf.js.
import type { ParseResult } from '../model/report';
import { detectFormat } from './format';
import { fromExtracted, parseReport } from './index';
import { extractPdf } from './extract/pdf-read';
import { failure } from './errors';
import type { ParseFileOptions } from './extract/ocr-types';

/** Whether a file needs parseFile (a PDF), judged as the parser judges formats. */
export function needsParseFile(bytes: Uint8Array, fileName: string): boolean {
  const format = detectFormat(fileName, bytes);
  return format.ok && format.format === 'pdf';
}

export async function parseFile(bytes: Uint8Array, fileName: string, _opts?: ParseFileOptions): Promise<ParseResult> {
  if (!needsParseFile(bytes, fileName)) return parseReport(bytes, fileName);
  try {
    const pdf = await extractPdf(bytes);
    return fromExtracted(fileName, 'pdf', pdf.ok ? { ok: true, blocks: pdf.blocks, encoding: 'unicode', warnings: pdf.warnings } : pdf);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ...failure('parse-failed', { detail: why }), fileName };
  }
}
