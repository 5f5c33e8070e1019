// Entry point of the parser: file bytes + file name -> ParsedReport or a plain-language error.
// Never throws: every failure becomes { ok: false, code, error } naming the reason
// (model/errors.ts).
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
import { warning } from './warnings';
import { findMojibake, mojibakeWarning } from './clean/mojibake';

import { PARSER_VERSION } from './version';
import { failure } from './errors';

export { PARSER_VERSION };

export function parseReport(bytes: Uint8Array, fileName: string): ParseResult {
  try {
    return parseOrFail(bytes, fileName);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ...failure('parse-failed', { detail: why }), fileName };
  }
}

function parseOrFail(bytes: Uint8Array, fileName: string): ParseResult {
  const format = detectFormat(fileName, bytes);
  if (!format.ok) return { ...format, fileName };
  return fromExtracted(fileName, format.format, extract(format.format, bytes));
}

/** Han characters below which a text is said not to look like a report: the shortest report has thousands. */
const LITTLE_CHINESE = 30;

function hanCount(paragraphs: readonly { text: string }[]): number {
  let n = 0;
  for (const p of paragraphs) {
    for (const _ of p.text.matchAll(/\p{Script=Han}/gu)) if (++n >= LITTLE_CHINESE) return n;
  }
  return n;
}

/** The pipeline after extraction, shared with parseFile (parse-file.ts). */
export function fromExtracted(fileName: string, format: Format, extracted: ExtractResult): ParseResult {
  if (!extracted.ok) return { ...extracted, fileName };
  const cleaned = clean(extracted.blocks);
  const { paragraphs, outline } = buildOutline(cleaned.blocks);
  // Punctuation, digits and symbols alone (a paste of marks, a table of numbers without a word) are no report.
  if (!paragraphs.some((p) => /\p{L}/u.test(p.text))) return { ...failure('no-text', {}), fileName };
  const { warnings: metaWarnings, ...meta } = extractMetadata({ paragraphs, outline, removed: cleaned.removed, fields: cleaned.fields, fileName });
  // A greeting pasted or an English file is kept (the reader chose it) but said to be no report; a
  // short text that names itself a report (某县政协常委会工作报告, a test, a note) is not doubted.
  const han = hanCount(paragraphs);
  const little = han < LITTLE_CHINESE && !meta.title ? [warning('little-chinese', { han })] : [];
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
    warnings: [...extracted.warnings, ...cleaned.warnings, ...(mojibake ? [mojibake] : []), ...metaWarnings, ...little],
    ...(cleaned.fields.length > 0 ? { sourceFields: cleaned.fields } : {}),
  };
  return { ok: true, report };
}
