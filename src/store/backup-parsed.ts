// Parsed reports inside a library file (made by `pack`): restoring them saves a phone from parsing
// thousands of files again. A parsed report from a file is untrusted input: it is used only when it
// comes from this parser version and has the report's shape; otherwise the original is parsed anew.
import type { ParsedReport } from '../model/report';
import { PARSER_VERSION } from '../parse/version';

const isArray = (v: unknown) => Array.isArray(v);

function shaped(r: Record<string, unknown>): boolean {
  return r.parserVersion === PARSER_VERSION && typeof r.fileName === 'string' && typeof r.format === 'string'
    && isArray(r.paragraphs) && isArray(r.outline) && isArray(r.figures) && isArray(r.warnings)
    && (r.paragraphs as unknown[]).every((p) => typeof (p as { text?: unknown })?.text === 'string');
}

/** The parsed report stored with an original, or null when it must be parsed again. */
export function storedParse(bytes: Uint8Array): ParsedReport | null {
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    return value && typeof value === 'object' && shaped(value as Record<string, unknown>) ? (value as ParsedReport) : null;
  } catch {
    return null;
  }
}
