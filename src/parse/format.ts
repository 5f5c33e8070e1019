// Decides a file's format from its first bytes, then its name; refuses what we cannot read
// (images other than JPEG, PNG and WebP, spreadsheets and slides, other archives, executables)
// with a sentence that says what to do.
import type { Format } from '../model/report';
import type { ParseError, RefusedKind } from '../model/errors';
import { failure } from './errors';

export type FormatResult = { ok: true; format: Format } | ({ ok: false } & ParseError);

function refuse(kind: RefusedKind): FormatResult {
  return failure('unsupported-format', { kind });
}

const REFUSED_EXT: Record<string, RefusedKind> = {
  xls: 'excel', xlsx: 'excel', ppt: 'powerpoint', pptx: 'powerpoint', rtf: 'rtf', odt: 'odt',
  zip: 'archive', rar: 'archive', '7z': 'archive', gz: 'archive',
  png: 'image', jpg: 'image', jpeg: 'image', gif: 'image', webp: 'image', bmp: 'image', tif: 'image', tiff: 'image',
  exe: 'executable', dll: 'executable',
};

export function detectFormat(fileName: string, bytes: Uint8Array): FormatResult {
  const ext = extensionOf(fileName);
  const magic = byMagic(bytes, ext);
  if (magic) return magic;
  if (looksLikeHtml(bytes)) return { ok: true, format: 'html' };
  if (ext === 'md' || ext === 'markdown') return { ok: true, format: 'md' };
  if (/^(html?|xhtml|shtml)$/.test(ext)) return { ok: true, format: 'html' };
  // Sites often serve text or web pages under a .doc or .docx name; only binary content is a real Word
  // file (a real .docx, a zip, was caught by its signature above).
  if ((ext === 'doc' || ext === 'docx') && !bytes.subarray(0, 4096).includes(0)) return { ok: true, format: 'txt' };
  if (ext === 'docx') return { ok: true, format: 'docx' };
  // A real PDF or Word 97 file was caught by its signature above; under these names anything else is damaged or older.
  if (ext === 'pdf') return failure('not-pdf', {});
  if (ext === 'doc' || ext === 'wps') return failure('doc-unrecognised', {});
  const refused = REFUSED_EXT[ext];
  if (refused) return refuse(refused);
  return { ok: true, format: 'txt' };
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  return sig.every((v, i) => b[at + i] === v);
}

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));
}

function byMagic(b: Uint8Array, ext: string): FormatResult | null {
  if (isPdf(b)) return { ok: true, format: 'pdf' };
  // The Compound File container of Word 97-2003 (and of Kingsoft .wps); spreadsheets and slides share it.
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return /^(xls|ppt)$/.test(ext) ? refuse(REFUSED_EXT[ext]!) : { ok: true, format: 'doc' };
  }
  // Photos and scans of pages are read by OCR (parseFile); other image kinds are refused.
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47]) || startsWith(b, [0xff, 0xd8, 0xff]) || (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP')) {
    return { ok: true, format: 'image' };
  }
  if (ascii(b, 0, 4) === 'GIF8' || isBmp(b)
    || startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) {
    return refuse('image');
  }
  if (ascii(b, 0, 5) === '{\\rtf') return refuse('rtf');
  if (isExecutable(b)) return refuse('executable');
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return zipKind(b, ext);
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21]) || startsWith(b, [0x37, 0x7a, 0xbc, 0xaf]) || startsWith(b, [0x1f, 0x8b])) {
    return refuse('archive');
  }
  return null;
}

/** "%PDF-" opens the file, or follows a little junk some servers prepend (readers accept 1 KB of it). */
function isPdf(b: Uint8Array): boolean {
  if (ascii(b, 0, 5) === '%PDF-') return true;
  const head = b.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0 && i + 5 <= head.length; i = head.indexOf(0x25, i + 1)) {
    if (ascii(head, i, i + 5) === '%PDF-') return true;
  }
  return false;
}

function isBmp(b: Uint8Array): boolean {
  return b.length > 26 && b[0] === 0x42 && b[1] === 0x4d && b[6] === 0 && b[7] === 0 && b[8] === 0 && b[9] === 0;
}

function isExecutable(b: Uint8Array): boolean {
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return true; // ELF
  if (startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(b, [0xce, 0xfa, 0xed, 0xfe])) return true; // Mach-O
  if (startsWith(b, [0x00, 0x61, 0x73, 0x6d])) return true; // WebAssembly
  // 'MZ' can open a text line, so a DOS/PE header also needs NUL bytes in its first 64 bytes.
  return b[0] === 0x4d && b[1] === 0x5a && b.subarray(2, 64).includes(0);
}

/** A zip is a .docx when it holds word/document.xml (its name is stored in plain ASCII). */
function zipKind(b: Uint8Array, ext: string): FormatResult {
  if (ext === 'docx' || containsAscii(b, 'word/document.xml')) return { ok: true, format: 'docx' };
  const refused = REFUSED_EXT[ext];
  if (refused && ext !== 'doc') return refuse(refused);
  return refuse('zip-other');
}

function containsAscii(b: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  for (let i = b.indexOf(first); i >= 0 && i + needle.length <= b.length; i = b.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && b[i + j] === needle.charCodeAt(j)) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** Markup at the very start (after a BOM, blanks or an XML declaration) marks a web page, whatever its name. */
function looksLikeHtml(b: Uint8Array): boolean {
  let head = '';
  for (let i = 0; i < Math.min(b.length, 1024); i++) if (b[i] !== 0 && b[i]! < 0x80) head += String.fromCharCode(b[i]!);
  head = head.replace(/^(?:[\s\uFEFF]*<!--[\s\S]*?-->)*[\s\uFEFF]*/, '').toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return head.startsWith('<?xml') && head.includes('<html');
}
