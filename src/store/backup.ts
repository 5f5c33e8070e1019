// Backup of the whole library as one file, and its restore. Layout (all text lines UTF-8):
//   "ZHENGBAO-BACKUP <version>\n" "<manifest byte length>\n" <manifest JSON> "\n" "<sha256 hex of the manifest>\n"
//   then every original file's bytes, concatenated in manifest order; in version 2 (library files
//   made by `pack`) an entry with `parsed` has its parsed report as JSON right after its original.
// The manifest lists each original's SHA-256 (its id) and size, so its checksum covers every byte.
import type { ParseResult } from '../model/report';
import type { FileFailure } from '../model/errors';
import { withoutFileName } from '../parse/errors';
import { runTx, type LibraryDB } from './db';
import { sha256Hex } from './hash';
import { storedParse } from './backup-parsed';
import { getSummary, saveReport, setCorrections, setSetting } from './repo';
import { BACKUP_MAGIC, BackupError, type BackupImportCounts, type Corrections, type TaskProgress } from './types';

export const BACKUP_FORMAT = 'zhengbao-backup';
export const BACKUP_VERSION = 1;
/** Entries may carry their parsed report (`parsed`); older apps must refuse such a file, not misread it. */
export const BACKUP_VERSION_PARSED = 2;
export const BACKUP_EXTENSION = '.zbak';
export const LAST_BACKUP_KEY = 'lastBackupAt';
const MAGIC = BACKUP_MAGIC;

export interface BackupEntry {
  id: string; fileName: string; type: string; size: number; importedAt: number;
  /** Byte length and SHA-256 of the parsed report's JSON that follows the original (version 2). */
  parsed?: { size: number; sha256: string };
}
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  reports: BackupEntry[];
  corrections: Record<string, Corrections>;
}

type Progress = ((p: TaskProgress) => void) | undefined;
const enc = new TextEncoder();

/** Every original with its manifest entry, read in one pass over the originals. */
async function collect(db: LibraryDB, onProgress: Progress) {
  return runTx(db, ['summaries', 'originals', 'corrections'], 'readonly', async (tx) => {
    const [summaries, corrections] = await Promise.all([tx.objectStore('summaries').getAll(), tx.objectStore('corrections').getAll()]);
    const byId = new Map(summaries.map((s) => [s.id, s]));
    const entries: BackupEntry[] = [];
    const parts: ArrayBuffer[] = [];
    let cursor = await tx.objectStore('originals').openCursor();
    while (cursor) {
      const { id, fileName, type, bytes } = cursor.value;
      const summary = byId.get(id);
      if (summary) {
        entries.push({ id, fileName, type, size: bytes.byteLength, importedAt: summary.importedAt });
        parts.push(bytes);
        byId.delete(id);
        onProgress?.({ done: entries.length, total: summaries.length });
      }
      cursor = await cursor.continue();
    }
    const missing = [...byId.values()].map((s) => s.fileName);
    return { entries, parts, corrections, missing };
  });
}

/**
 * Everything of a backup before the originals: magic and version, the manifest's length, the
 * manifest, its checksum. The originals follow in manifest order (the `pack` command writes them too).
 */
export async function backupHeader(reports: BackupEntry[], corrections: Record<string, Corrections>): Promise<Uint8Array[]> {
  const version = reports.some((r) => r.parsed) ? BACKUP_VERSION_PARSED : BACKUP_VERSION;
  const manifest: BackupManifest = { format: BACKUP_FORMAT, version, createdAt: new Date().toISOString(), reports, corrections };
  const json = enc.encode(JSON.stringify(manifest));
  const head = enc.encode(`${MAGIC}${version}\n${json.byteLength}\n`);
  const tail = enc.encode(`\n${await sha256Hex(json)}\n`);
  return [head, json, tail];
}

/** Builds the backup from parts (never one giant string) and records when it was made. */
export async function exportBackup(db: LibraryDB, onProgress?: Progress): Promise<Blob> {
  const { entries, parts, corrections, missing } = await collect(db, onProgress);
  if (missing.length > 0) throw new BackupError(`原始文件缺失，无法备份 (original files are missing): ${missing.slice(0, 5).join('、')}`);
  const header = await backupHeader(entries, Object.fromEntries(corrections.map((c) => [c.id, c.patch])));
  const blob = new Blob([...header, ...parts] as BlobPart[], { type: 'application/octet-stream' });
  await setSetting(db, LAST_BACKUP_KEY, Date.now());
  return blob;
}

export function backupFileName(date = new Date()): string {
  return `zhengbao-backup-${date.toISOString().slice(0, 10)}${BACKUP_EXTENSION}`;
}

async function text(blob: Blob, start: number, end: number): Promise<string> {
  return new TextDecoder('utf-8', { fatal: false }).decode(await blob.slice(start, end).arrayBuffer());
}

const NOT_BACKUP = '这不是政报通备份文件 (this is not a ZhengBao backup file)';
const DAMAGED = '备份文件已损坏，未导入任何内容 (the backup file is damaged; nothing was imported)';

/** Reads and checks the header and manifest; returns the manifest and where the data starts. */
export async function readManifest(blob: Blob): Promise<{ manifest: BackupManifest; dataStart: number }> {
  const first = await text(blob, 0, 64);
  const lines = first.split('\n');
  if (!first.startsWith(MAGIC) || lines.length < 3) throw new BackupError(NOT_BACKUP);
  const version = Number(lines[0]!.slice(MAGIC.length));
  if (!Number.isInteger(version)) throw new BackupError(NOT_BACKUP);
  if (version > BACKUP_VERSION_PARSED) throw new BackupError('此备份来自更新版本的政报通，请先更新应用 (this backup comes from a newer version of the app)');
  const length = Number(lines[1]);
  const jsonStart = enc.encode(`${lines[0]}\n${lines[1]}\n`).byteLength;
  if (!Number.isSafeInteger(length) || length <= 0 || jsonStart + length + 66 > blob.size) throw new BackupError(DAMAGED);
  const json = new Uint8Array(await blob.slice(jsonStart, jsonStart + length).arrayBuffer());
  const tail = await text(blob, jsonStart + length, jsonStart + length + 66);
  if (tail !== `\n${await sha256Hex(json)}\n`) throw new BackupError(DAMAGED);
  let manifest: BackupManifest;
  try { manifest = JSON.parse(new TextDecoder().decode(json)) as BackupManifest; } catch { throw new BackupError(DAMAGED); }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.reports)) throw new BackupError(NOT_BACKUP);
  const dataStart = jsonStart + length + 66;
  const total = manifest.reports.reduce((n, r) => n + r.size + (r.parsed?.size ?? 0), 0);
  if (dataStart + total !== blob.size) throw new BackupError(DAMAGED);
  return { manifest, dataStart };
}

/** Every original must hash to its id before anything is written: a damaged backup changes nothing. */
async function verifyEntries(blob: Blob, manifest: BackupManifest, dataStart: number, progress: Progress): Promise<void> {
  let offset = dataStart;
  const total = manifest.reports.length * 2;
  for (const [i, entry] of manifest.reports.entries()) {
    const bytes = await blob.slice(offset, offset + entry.size).arrayBuffer();
    if ((await sha256Hex(bytes)) !== entry.id) throw new BackupError(DAMAGED);
    offset += entry.size;
    if (entry.parsed) {
      const parsed = await blob.slice(offset, offset + entry.parsed.size).arrayBuffer();
      if ((await sha256Hex(parsed)) !== entry.parsed.sha256) throw new BackupError(DAMAGED);
      offset += entry.parsed.size;
    }
    progress?.({ done: i + 1, total });
  }
}

/**
 * Restores a backup: every report not already in the library is saved with its corrections, parsed
 * from its original unless the file carries a usable parse. Importing the same backup again adds nothing.
 */
export async function importBackup(
  db: LibraryDB, blob: Blob, parse: (bytes: Uint8Array, name: string) => ParseResult | Promise<ParseResult>, onProgress?: Progress,
  cancelled: () => boolean = () => false,
): Promise<BackupImportCounts> {
  const { manifest, dataStart } = await readManifest(blob);
  await verifyEntries(blob, manifest, dataStart, onProgress);
  const counts: BackupImportCounts = { added: 0, skipped: 0, failed: 0, errors: [] };
  const n = manifest.reports.length;
  let offset = dataStart;
  for (const [i, entry] of manifest.reports.entries()) {
    if (cancelled()) break;
    const bytes = new Uint8Array(await blob.slice(offset, offset + entry.size).arrayBuffer());
    offset += entry.size;
    const stored = entry.parsed ? new Uint8Array(await blob.slice(offset, offset + entry.parsed.size).arrayBuffer()) : null;
    offset += entry.parsed?.size ?? 0;
    const reuse = (b: Uint8Array, name: string): ParseResult | Promise<ParseResult> => {
      const report = stored ? storedParse(stored) : null;
      return report ? { ok: true, report: { ...report, fileName: name } } : parse(b, name);
    };
    const result = await restoreOne(db, entry, bytes, manifest.corrections[entry.id], reuse);
    if ('reason' in result) { counts.failed++; counts.errors.push(result); } else counts[result.added ? 'added' : 'skipped']++;
    onProgress?.({ done: n + i + 1, total: 2 * n });
  }
  return counts;
}

async function restoreOne(
  db: LibraryDB, entry: BackupEntry, bytes: Uint8Array, patch: Corrections | undefined,
  parse: (bytes: Uint8Array, name: string) => ParseResult | Promise<ParseResult>,
): Promise<{ added: boolean } | FileFailure> {
  if (await getSummary(db, entry.id)) return { added: false };
  const parsed = await parse(bytes, entry.fileName);
  if (!parsed.ok) return { fileName: entry.fileName, reason: withoutFileName(parsed) };
  const status = await saveReport(db, { id: entry.id, fileName: entry.fileName, bytes, report: parsed.report, type: entry.type, importedAt: entry.importedAt });
  if (status === 'duplicate') return { added: false };
  if (patch && Object.keys(patch).length > 0) await setCorrections(db, entry.id, patch);
  return { added: true };
}
