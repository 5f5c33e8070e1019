// Dispatches a file to the extractor of its format; every extractor yields Blocks. Text formats are
// decoded first (an HTML page's declared charset helps when detection is unsure); heading levels
// the markup declares are renumbered so the shallowest one used is 1.
import type { Format } from '../model/report';
import type { Block } from './blocks';
import type { ParseWarning } from '../model/warnings';
import { decode } from './decode';
import { extractText } from './extract/text';
import { extractMarkdown } from './extract/markdown';
import { extractHtml } from './extract/html';
import { extractDocx } from './extract/docx';
import { extractDoc } from './extract/doc';
import { MAX_INPUT_BYTES } from './limits';
import type { ParseError } from '../model/errors';
import { failure } from './errors';

export type ExtractResult =
  | { ok: true; blocks: Block[]; encoding: string; warnings: ParseWarning[] }
  | ({ ok: false } & ParseError);

export function extract(format: Format, bytes: Uint8Array): ExtractResult {
  if (bytes.length > MAX_INPUT_BYTES) return failure('too-large', { size: bytes.length, limit: MAX_INPUT_BYTES });
  if (format === 'docx') {
    const docx = extractDocx(bytes);
    return docx.ok ? { ok: true, blocks: normaliseLevels(docx.blocks), encoding: 'utf-8', warnings: [] } : docx;
  }
  if (format === 'doc') {
    const doc = extractDoc(bytes);
    return doc.ok ? { ok: true, blocks: doc.blocks, encoding: doc.encoding, warnings: [] } : doc;
  }
  // pdf.js answers asynchronously: parseFile (parse/index.ts) reads PDFs through extract/pdf-read.ts.
  if (format === 'pdf') return failure('parse-failed', { detail: 'PDF files are read by parseFile' });
  // Images are read only by OCR, which parseFile runs when the caller offers it.
  if (format === 'image') return failure('ocr-needed', { pages: 1 });
  const decoded = decode(bytes, { declared: format === 'html' ? declaredCharset(bytes) : null });
  if (!decoded.ok) return decoded;
  const blocks = format === 'html' ? extractHtml(decoded.text)
    : format === 'md' ? extractMarkdown(decoded.text)
      : extractText(decoded.text);
  return { ok: true, blocks: normaliseLevels(blocks), encoding: decoded.encoding, warnings: decoded.warnings ?? [] };
}

const SINGLE_BYTE = new TextDecoder('windows-1252');

/** The charset a page declares (<meta charset>, http-equiv Content-Type, an XML declaration), from its ASCII head. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // One byte, one character, ASCII unchanged (windows-1252 never maps a byte onto ASCII): what the
  // patterns below look for reads the same as through Latin-1, decoded natively.
  const head = SINGLE_BYTE.decode(bytes.subarray(0, 4096));
  return /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_-]{2,40})/i.exec(head)?.[1]
    ?? /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_-]{2,40})/i.exec(head)?.[1] ?? null;
}

/** Shifts markup levels so the shallowest used is 1 (a page whose headings start at <h2> still has a top level). */
export function normaliseLevels(blocks: Block[]): Block[] {
  let min = Infinity;
  for (const b of blocks) if (b.markupLevel !== undefined && b.markupLevel < min) min = b.markupLevel;
  if (min === Infinity || min === 1) return blocks;
  for (const b of blocks) if (b.markupLevel !== undefined) b.markupLevel -= min - 1;
  return blocks;
}
