// The records the library keeps in IndexedDB and the typed error every store call may raise.
// Summaries are the small per-report records the library list reads, so a cold start of a large
// library never loads the parsed texts; they carry the user's corrections already applied.
import type { Format, ParsedReport, ReportMeta, Script } from '../model/report';
import type { FileFailure } from '../model/errors';

/** The user's own fixes to a report's metadata; they win over whatever any parser version says. */
export type Corrections = Partial<ReportMeta>;

export interface StoredReport {
  /** Lowercase hex SHA-256 of the original file's bytes. */
  id: string;
  fileName: string;
  size: number;
  format: Format;
  /** Epoch milliseconds. */
  importedAt: number;
  parserVersion: number;
  /** As the parser produced it, without corrections. */
  report: ParsedReport;
}

export interface StoredOriginal {
  id: string;
  fileName: string;
  /** MIME type as the browser reported it ('' when unknown). */
  type: string;
  bytes: ArrayBuffer;
}

export interface StoredCorrections {
  id: string;
  patch: Corrections;
  updatedAt: number;
}

/** The list's view of a report: its metadata (corrections applied) less speaker and post. */
export interface ReportSummary extends Omit<ReportMeta, 'speaker' | 'speakerPost'> {
  id: string;
  fileName: string;
  script: Script;
  size: number;
  format: Format;
  importedAt: number;
  parserVersion: number;
  headings: number;
  figures: number;
  warnings: number;
  /** The user corrected some of the metadata above. */
  corrected: boolean;
}

/** Everything a deletion removed, so an undo can put it back exactly. */
export interface DeletedRecord {
  report: StoredReport;
  original: StoredOriginal | undefined;
  corrections: StoredCorrections | undefined;
}

export interface StoreErrorInfo {
  kind: 'quota' | 'io';
  message: string;
}

/** The only error the store throws: a full disk ('quota') or anything else IndexedDB refused ('io'). */
export class StoreError extends Error implements StoreErrorInfo {
  readonly kind: 'quota' | 'io';
  constructor(kind: 'quota' | 'io', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.kind = kind;
  }
  toJSON(): StoreErrorInfo {
    return { kind: this.kind, message: this.message };
  }
}

export interface ReparseCounts {
  total: number;
  reparsed: number;
  failed: number;
}

export interface BackupImportCounts {
  added: number;
  skipped: number;
  failed: number;
  /** Failed entries, each with its reason. */
  errors: FileFailure[];
}

export interface TaskProgress {
  done: number;
  total: number;
}

/** A backup file that cannot be used (damaged, truncated, not a backup, from a newer app). */
export class BackupError extends Error {
  readonly kind = 'backup' as const;
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** How every backup (and every library file made by `pack`) begins, whatever its name: the import sniffs it. */
export const BACKUP_MAGIC = 'ZHENGBAO-BACKUP ';

/** The names library files go by: .zbak (the app's backups) and .zbk. */
export function isLibraryFileName(name: string): boolean {
  return /\.(zbak|zbk)$/i.test(name);
}

/** Whether bytes open as a library file does (BACKUP_MAGIC). */
export function startsAsLibraryFile(bytes: Uint8Array): boolean {
  if (bytes.length < BACKUP_MAGIC.length) return false;
  for (let i = 0; i < BACKUP_MAGIC.length; i++) if (bytes[i] !== BACKUP_MAGIC.charCodeAt(i)) return false;
  return true;
}
