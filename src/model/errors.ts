// Why a file could not be read, as data: a stable code, the parameters a reader needs, and the
// readable sentence `error` (Chinese, then English in brackets) for logs and the command line. The
// app words each code in the interface language (ui/error-text.ts); adding a code here makes the
// type checker ask for its Chinese and English text there.

/** Kinds of file the parser refuses outright (format.ts), worded by the interface. */
export type RefusedKind = 'excel' | 'powerpoint' | 'rtf' | 'odt' | 'archive' | 'image' | 'executable' | 'zip-other';

export type ParseError = { error: string } & (
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'unsupported-format'; kind: RefusedKind }
  | { code: 'not-pdf' }
  | { code: 'doc-unrecognised' }
  | { code: 'binary' }
  | { code: 'unknown-encoding' }
  | { code: 'docx-no-document' }
  | { code: 'docx-damaged' }
  | { code: 'docx-bomb' }
  | { code: 'docx-encrypted' }
  | { code: 'pdf-password' }
  | { code: 'pdf-damaged' }
  | { code: 'pdf-scan' }
  | { code: 'pdf-garbled' }
  | { code: 'pdf-pages'; pages: number; limit: number }
  | { code: 'doc-damaged' }
  | { code: 'doc-not-word' }
  | { code: 'doc-encrypted' }
  | { code: 'no-text' }
  /** The file is an image or has pages without a text layer, and OCR was not offered (no language data yet). */
  | { code: 'ocr-needed'; pages: number }
  /** OCR ran and failed (engine or data could not load, image could not be decoded): `detail` says why. */
  | { code: 'ocr-failed'; detail: string }
  /** The parser itself failed (a bug): `detail` is the exception's message. */
  | { code: 'parse-failed'; detail: string }
  | { code: 'cancelled' }
  // Failures of the import around the parser (worker/expand.ts, worker/import-core.ts).
  | { code: 'empty-file' }
  | { code: 'unreadable' }
  | { code: 'file-gone' }
  | { code: 'storage-full' }
  | { code: 'import-failed'; detail: string }
  | { code: 'archive-too-large'; limit: number }
  | { code: 'archive-damaged' }
  | { code: 'archive-unpack-failed' }
  | { code: 'archive-too-many'; count: number; limit: number }
  | { code: 'archive-member-too-large'; member: string; size: number; limit: number }
  | { code: 'archive-ratio' }
  | { code: 'archive-method'; method: number }
  | { code: 'archive-total'; limit: number }
  | { code: 'nested-archive' }
  /** A library file (backup, or made by `pack`) inside a zip: restored only on its own. */
  | { code: 'library-in-archive' }
);

export type ErrorCode = ParseError['code'];

/** The parameters of one code's error (everything but code and the sentence). */
export type ErrorParams<C extends ErrorCode> = Omit<Extract<ParseError, { code: C }>, 'code' | 'error'>;

/** One file that failed inside a larger task (a backup restore), with its reason. */
export interface FileFailure { fileName: string; reason: ParseError }

/** Failures recorded by versions before errors had codes hold plain sentences. */
export type StoredError = ParseError | string;
