// The output folder of `dataset`: four JSON Lines files appended to with one write call per table
// per batch of reports, the reports' lines last, so a report line means its sections and figures are complete.
// Opening an existing folder repairs what a killed run left (a cut last line, the sections and
// figures of a report whose own line never came) and learns which reports and failures are done.
import { closeSync, createReadStream, existsSync, ftruncateSync, mkdirSync, openSync, readSync, statSync, writeSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TABLES, type TableName } from '../trends/dataset-tables';
import { UsageError } from './dataset-args';

export type OutputFile = TableName | 'errors';
const FILES: OutputFile[] = [...TABLES, 'errors'];

/** The files `dataset` writes in `dir`. */
export const outputFiles = (dir: string): string[] => FILES.map((f) => join(dir, `${f}.jsonl`));

/** `code`: the parse failure's stable code (src/model/errors.ts), absent when the file could not be read. */
export interface ErrorLine { path: string; fileName: string; id: string | null; reason: string; code?: string }

export interface Output {
  /** Ids of reports written, and ids (or, unread, paths) of files that failed, by earlier runs. */
  doneIds: Set<string>;
  failedKeys: Set<string>;
  /** The lines of several reports: each table's in one call, the reports table last. */
  writeReports(lines: Record<TableName, Uint8Array>[]): void;
  writeError(line: ErrorLine): void;
  close(): void;
}

/** Cuts a file after its last line break: a run killed mid-write leaves no half line. */
function cutPartialLine(path: string): void {
  const size = statSync(path).size;
  if (size === 0) return;
  const fd = openSync(path, 'r+');
  const buf = Buffer.alloc(64 * 1024);
  let end = size;
  while (end > 0) {
    const from = Math.max(0, end - buf.length);
    const n = readSync(fd, buf, 0, end - from, from);
    const at = buf.subarray(0, n).lastIndexOf(0x0a);
    if (at >= 0) { end = from + at + 1; break; }
    end = from;
  }
  if (end !== size) ftruncateSync(fd, end);
  closeSync(fd);
}

/** One write per call site; the loop only guards against a short write (a full disk shows as an error). */
function writeAll(fd: number, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let at = 0; at < buf.length;) at += writeSync(fd, buf, at, buf.length - at);
}

/** Many buffers in as few calls as the system allows (1,024 at most per call). */
function writeAllOf(fd: number, buffers: Uint8Array[]): void {
  let rest = buffers.filter((b) => b.byteLength > 0);
  while (rest.length > 0) {
    let n = writevSync(fd, rest.slice(0, 1024));
    while (n > 0) {
      const first = rest[0]!;
      if (n < first.byteLength) { rest[0] = first.subarray(n); break; }
      n -= first.byteLength;
      rest = rest.slice(1);
    }
  }
}

async function* linesOf(path: string): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
}

/**
 * The rows of an earlier run's table (blank lines passed over). A line that is not a row of ours means
 * --out is some other folder, or a file was edited: a sentence and exit 2, not a stack trace and
 * appending to it.
 */
async function* rowsOf<T>(path: string, valid: (row: unknown) => row is T): AsyncGenerator<T> {
  let n = 0;
  for await (const line of linesOf(path)) {
    n++;
    if (line.trim() === '') continue;
    let row: unknown;
    try { row = JSON.parse(line); } catch { row = undefined; }
    if (!valid(row)) throw new UsageError(`${path} line ${n} is not a line this command wrote; give --out a folder of its own`);
    yield row;
  }
}

const isRecord = (row: unknown): row is Record<string, unknown> => typeof row === 'object' && row !== null;
const isReport = (row: unknown): row is { id: string } => isRecord(row) && typeof row.id === 'string';
const isError = (row: unknown): row is ErrorLine => isRecord(row) && typeof row.path === 'string' && (typeof row.id === 'string' || row.id === null);

/** Drops the trailing lines of a table whose report line was never written. */
async function dropOrphans(path: string, done: Set<string>): Promise<void> {
  let offset = 0;
  let keep = 0;
  for await (const line of linesOf(path)) {
    offset += Buffer.byteLength(line) + 1;
    const id = /^\{"reportId":"([0-9a-f]{64})"/.exec(line)?.[1];
    if (id && done.has(id)) keep = offset;
  }
  if (keep !== offset) {
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, keep);
    closeSync(fd);
  }
}

export async function openOutput(dir: string): Promise<Output> {
  mkdirSync(dir, { recursive: true });
  const path = (f: OutputFile) => join(dir, `${f}.jsonl`);
  for (const f of FILES) if (existsSync(path(f))) cutPartialLine(path(f));
  const doneIds = new Set<string>();
  const failedKeys = new Set<string>();
  if (existsSync(path('reports'))) {
    for await (const row of rowsOf(path('reports'), isReport)) doneIds.add(row.id);
  }
  for (const t of ['sections', 'figures'] as const) if (existsSync(path(t))) await dropOrphans(path(t), doneIds);
  if (existsSync(path('errors'))) {
    for await (const e of rowsOf(path('errors'), isError)) failedKeys.add(e.id ?? e.path);
  }
  const fds = Object.fromEntries(FILES.map((f) => [f, openSync(path(f), 'a')])) as Record<OutputFile, number>;
  return {
    doneIds, failedKeys,
    writeReports(lines) {
      for (const t of ['sections', 'figures', 'reports'] as const) writeAllOf(fds[t], lines.map((l) => l[t]));
    },
    writeError(line) {
      writeAll(fds.errors, JSON.stringify(line) + '\n');
    },
    close() {
      for (const fd of Object.values(fds)) closeSync(fd);
    },
  };
}
