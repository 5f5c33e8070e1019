// Entry point of the parser: file bytes + file name -> ParsedReport or a plain-language error.
// Never throws: every failure becomes { ok: false, error } naming the reason.
import type { Format, ParseResult, ParsedReport } from '../model/report';
import { decode } from './decode';
import { detectFormat } from './format';
import { extract, type ExtractResult } from './extract';
import { clean } from './clean';
import { buildOutline } from './outline';
import { extractMetadata } from './metadata';
import { extractFigures } from './figures';
import { findAbsences } from './figures/absence';
import { detectScript } from '../text/script';
import { findMojibake, mojibakeWarning } from './clean/mojibake';

import { PARSER_VERSION } from './version';

export { PARSER_VERSION };

export function parseReport(bytes: Uint8Array, fileName: string): ParseResult {
  try {
    return parseOrFail(bytes, fileName);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, fileName, error: `解析失败 (parse failed): ${why}` };
  }
}

function parseOrFail(bytes: Uint8Array, fileName: string): ParseResult {
  const format = detectFormat(fileName, bytes);
  if (!format.ok) return { ok: false, fileName, error: format.error };
  return fromExtracted(fileName, format.format, extract(format.format, bytes));
}

/** The pipeline after extraction, shared with parseFile (parse-file.ts). */
export function fromExtracted(fileName: string, format: Format, extracted: ExtractResult): ParseResult {
  if (!extracted.ok) return { ok: false, fileName, error: extracted.error };
  const cleaned = clean(extracted.blocks);
  const { paragraphs, outline } = buildOutline(cleaned.blocks);
  if (paragraphs.length === 0) return { ok: false, fileName, error: '文件中没有可读的正文 (the file holds no readable text)' };
  const { warnings: metaWarnings, ...meta } = extractMetadata({ paragraphs, outline, removed: cleaned.removed, fields: cleaned.fields, fileName });
  // Mojibake is located on the final paragraphs so the paragraph numbers it cites match the reader.
  const mojibake = mojibakeWarning(findMojibake(paragraphs.map((p) => p.text)));
  const report: ParsedReport = {
    fileName,
    format,
    encoding: extracted.encoding,
    script: detectScript(paragraphs.map((p) => p.text).join('\n')),
    parserVersion: PARSER_VERSION,
    ...meta,
    paragraphs,
    outline,
    figures: extractFigures(paragraphs, outline, meta),
    absences: findAbsences(paragraphs, meta.planYear),
    warnings: [...extracted.warnings, ...cleaned.warnings, ...(mojibake ? [mojibake] : []), ...metaWarnings],
    ...(cleaned.fields.length > 0 ? { sourceFields: cleaned.fields } : {}),
  };
  return { ok: true, report };
}
