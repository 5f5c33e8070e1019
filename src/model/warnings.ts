// Parser warnings as data: a stable code, the parameters a reader needs, and a readable message for
// logs and the command line. The app words each code in the interface language (ui/warning-text.ts);
// adding a code here makes the type checker ask for its Chinese and English text there.

export interface MojibakePlace { paragraph: number; excerpt: string }

export type ParseWarning =
  | { code: 'invalid-utf8'; message: string }
  | { code: 'pinyin-removed'; message: string; count: number }
  | { code: 'mojibake'; message: string; count: number; places: MojibakePlace[] }
  | { code: 'no-title'; message: string }
  | { code: 'no-years'; message: string }
  | { code: 'second-copy'; message: string; paragraphs: number }
  /** Hardly any Chinese: `han` Han characters in all (a greeting pasted, an English file). */
  | { code: 'little-chinese'; message: string; han: number }
  /** `pages`: the first few page numbers skipped; `count`: how many in all. */
  | { code: 'pdf-pages-skipped'; message: string; pages: number[]; count: number }
  /** OCR read these pages; `count` of them in all, the first few listed. */
  | { code: 'ocr-pages'; message: string; pages: number[]; count: number }
  /** Characters OCR was unsure of, left as recognised: where they are (paragraph, excerpt, confidence). */
  | { code: 'ocr-low-confidence'; message: string; count: number; places: OcrPlace[] };

export interface OcrPlace { paragraph: number; excerpt: string; confidence: number }

export type WarningCode = ParseWarning['code'];

/**
 * Warnings that put a saved file itself in doubt, most serious first: it may be no report at all,
 * its text may be garbled, or part of it was not read. The import panel names the first a file has
 * beside it; the rest (a title or years not found, OCR used) are said in the report.
 */
export const IMPORT_DOUBTS: readonly WarningCode[] = ['little-chinese', 'mojibake', 'pdf-pages-skipped', 'second-copy'];

/** The warning of these the import panel names beside the saved file, if any (see IMPORT_DOUBTS). */
export function importDoubt(warnings: readonly StoredWarning[]): ParseWarning | undefined {
  const coded = warnings.filter((w): w is ParseWarning => typeof w !== 'string');
  for (const code of IMPORT_DOUBTS) {
    const found = coded.find((w) => w.code === code);
    if (found) return found;
  }
  return undefined;
}

/** The parameters of one code's warning (everything but code and message). */
export type WarningParams<C extends WarningCode> = Omit<Extract<ParseWarning, { code: C }>, 'code' | 'message'>;

/** Reports stored by parser versions before warnings had codes hold plain sentences. */
export type StoredWarning = ParseWarning | string;
