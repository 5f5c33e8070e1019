// The "expand" step of an import: a .zip of reports becomes one entry per member, a .zip that is
// really a Word file stays one report, and archives that would inflate beyond sane limits (zip
// bombs) are refused from their declared sizes before anything is inflated.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { MAX_INPUT_BYTES, MAX_UNZIPPED_BYTES, MAX_ZIP_RATIO, ZIP_RATIO_FLOOR_BYTES } from '../parse/limits';
import { parseError } from '../parse/errors';
import type { ParseError } from '../model/errors';
import type { ImportFile } from './protocol';
import { nameText } from '../lib/name-text';

export interface Entry {
  /** Display name: "archive.zip/folder/member.txt" for zip members. */
  name: string;
  /** The name the parser and the library see (a member's own file name). */
  fileName: string;
  blob?: Blob;
  /** Set when the entry cannot be imported at all. */
  failure?: ParseError;
}

const MAX_MEMBERS = 5000;
const MAX_ZIP_BYTES = 200 * 1024 * 1024;

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

/** Zip names without the UTF-8 flag arrive as Latin-1; Chinese archives usually mean GBK there. */
function fixName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  return nameText(Uint8Array.from(name, (c) => c.charCodeAt(0)))?.text ?? name;
}

function wanted(info: UnzipFileInfo): boolean {
  const name = info.name;
  return !name.endsWith('/') && !name.startsWith('__MACOSX/') && !baseName(name).startsWith('.');
}

/** Why the archive must not be inflated, judged from its central directory alone; null when safe. */
function bombReason(infos: UnzipFileInfo[]): ParseError | null {
  if (infos.length > MAX_MEMBERS) return parseError('archive-too-many', { count: infos.length, limit: MAX_MEMBERS });
  let total = 0;
  for (const f of infos) {
    total += f.originalSize;
    if (f.originalSize > MAX_INPUT_BYTES) return parseError('archive-member-too-large', { member: fixName(f.name), size: f.originalSize, limit: MAX_INPUT_BYTES });
    const ratio = f.size > 0 ? f.originalSize / f.size : Infinity;
    if (f.originalSize > ZIP_RATIO_FLOOR_BYTES && ratio > MAX_ZIP_RATIO) return parseError('archive-ratio', {});
    if (f.compression !== 0 && f.compression !== 8) return parseError('archive-method', { method: f.compression });
  }
  if (total > MAX_UNZIPPED_BYTES) return parseError('archive-total', { limit: MAX_UNZIPPED_BYTES });
  return null;
}

function isZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

async function expandZip(file: ImportFile): Promise<Entry[]> {
  const fail = (why: ParseError): Entry[] => [{ name: file.name, fileName: file.name, failure: why }];
  if (file.blob.size > MAX_ZIP_BYTES) return fail(parseError('archive-too-large', { limit: MAX_ZIP_BYTES }));
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  const infos: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (info) => { infos.push(info); return false; } });
  } catch {
    return fail(parseError('archive-damaged', {}));
  }
  if (infos.some((f) => f.name === 'word/document.xml')) return [{ name: file.name, fileName: file.name, blob: file.blob }];
  const members = infos.filter(wanted);
  const reason = bombReason(members);
  if (reason) return fail(reason);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: wanted });
  } catch {
    return fail(parseError('archive-unpack-failed', {}));
  }
  return members.map((info): Entry => {
    const path = fixName(info.name);
    const name = `${file.name}/${path}`;
    if (isZipName(path)) return { name, fileName: baseName(path), failure: parseError('nested-archive', {}) };
    const data = files[info.name] ?? new Uint8Array(0);
    return { name, fileName: baseName(path), blob: new Blob([data as Uint8Array<ArrayBuffer>]) };
  });
}

/** Replaces every .zip by its members; other files pass through untouched (their bytes unread). */
export async function expandFiles(files: readonly ImportFile[]): Promise<Entry[]> {
  const out: Entry[] = [];
  for (const file of files) {
    if (isZipName(file.name)) out.push(...(await expandZip(file)));
    else out.push({ name: file.name, fileName: baseName(file.name), blob: file.blob });
  }
  return out;
}
