// The import loop, shared by the worker and the in-thread fallback: expand zips, then for each
// file read, hash, skip duplicates, parse, save in one transaction and verify. A file that fails
// says why and the batch goes on; a full disk stops the batch; cancel stops after the files under
// way. Reads run ahead, saves overlap parsing, and a second parser (another thread) may share the batch.
// One file can be cancelled alone: skipped if it waits, its parse stopped if it is a large one under way.
import type { ParsedReport, ParseResult } from '../model/report';
import { MAX_INPUT_BYTES } from '../parse/limits';
import { parseError, withoutFileName } from '../parse/errors';
import type { ParseError } from '../model/errors';
import { importDoubt } from '../model/warnings';
import type { LibraryDB } from '../store/db';
import { getSummary, listIds, saveReportWithSummary } from '../store/repo';
import { sha256Hex } from '../store/hash';
import { isLibraryFileName, startsAsLibraryFile, StoreError, type StoreErrorInfo } from '../store/types';
import { expandFiles, type Entry } from './expand';
import type { FileProgress, ImportCounts, ImportFile } from './protocol';

import type { OcrProgress } from '../parse/extract/ocr-types';

/** `onOcr` hears the page OCR is reading, when the file needs OCR and the parser can run it. */
type Parse = (bytes: Uint8Array, fileName: string, signal?: AbortSignal, onOcr?: (p: OcrProgress) => void) => ParseResult | Promise<ParseResult>;

/**
 * Files at least this large are parsed where cancelling them can stop the parse (a thread of their
 * own): at the parser's worst-case speed such a file can take seconds; reports are far smaller.
 */
export const ISOLATE_BYTES = 1024 * 1024;

export interface ImportEnv {
  db: LibraryDB;
  parse: Parse;
  /** A second parser (another thread): with it, two files are parsed at a time. */
  parseElsewhere?: Parse;
  /** Receives every status change; the caller batches them for the page. */
  report: (change: FileProgress) => void;
  cancelled: () => boolean;
  /** Called with the expanded files before anything is saved (the job's journal is written here). */
  begin?: (entries: readonly Entry[]) => Promise<void>;
  /** A parser for large files whose parse the file's signal can stop; without it they are parsed like the rest. */
  parseIsolated?: Parse;
  /** Aborts when this one file is cancelled. */
  fileSignal?: (index: number) => AbortSignal;
}

type Outcome = Pick<FileProgress, 'status' | 'error' | 'failure' | 'summary' | 'doubt'>;

/** A storage error's own message stays a sentence; every other reason carries its code. */
function failed(name: string, why: ParseError | string): Outcome {
  if (typeof why === 'string') return { status: 'failed', error: `${name}: ${why}` };
  return { status: 'failed', error: `${name}: ${why.error}`, failure: why };
}

async function readBytes(entry: Entry): Promise<Uint8Array | Outcome> {
  const blob = entry.blob;
  if (!blob) return failed(entry.name, entry.failure ?? parseError('unreadable', {}));
  if (blob.size > MAX_INPUT_BYTES) return failed(entry.name, parseError('too-large', { size: blob.size, limit: MAX_INPUT_BYTES }));
  if (blob.size === 0) return failed(entry.name, parseError('empty-file', {}));
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch {
    return failed(entry.name, parseError('file-gone', {}));
  }
}

const READ_AHEAD = 6;
const READ_AHEAD_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Reads a few small files ahead: reading a picked file is a round trip to the browser, which
 * then overlaps with parsing the current one. Large files are read only when their turn comes.
 */
function readAhead(entries: readonly Entry[]): (index: number) => Promise<Uint8Array | Outcome> {
  const pending = new Map<number, Promise<Uint8Array | Outcome>>();
  const start = (i: number) => {
    if (!pending.has(i)) pending.set(i, readBytes(entries[i]!));
  };
  return (index) => {
    for (let j = index + 1; j <= index + READ_AHEAD && j < entries.length; j++) {
      if ((entries[j]!.blob?.size ?? 0) <= READ_AHEAD_MAX_BYTES) start(j);
    }
    start(index);
    const read = pending.get(index)!;
    pending.delete(index);
    return read;
  };
}

interface Prepared { id: string; bytes: Uint8Array; report: ParsedReport }

/** The CPU part of one file (read, hash, parse); saving happens later, overlapped with the next file. */
async function prepare(
  entry: Entry, index: number, env: ImportEnv, known: Set<string>, read: Promise<Uint8Array | Outcome>, parse: Parse,
): Promise<Outcome | Prepared> {
  const bytes = await read;
  if (!(bytes instanceof Uint8Array)) return bytes;
  // A library file reaches the import only inside a zip (the page restores one given on its own): it is
  // refused, not parsed as a report of its manifest and bytes.
  if (startsAsLibraryFile(bytes) || isLibraryFileName(entry.fileName)) return failed(entry.name, parseError('library-in-archive', {}));
  const id = await sha256Hex(bytes);
  if (known.has(id)) {
    const present = await getSummary(env.db, id);
    if (present) return { status: 'duplicate', summary: present };
  }
  const signal = env.fileSignal?.(index);
  if (signal?.aborted) return { status: 'cancelled' };
  env.report({ index, name: entry.name, status: 'parsing' });
  const parser = bytes.length >= ISOLATE_BYTES && env.parseIsolated ? env.parseIsolated : parse;
  const onOcr = (p: OcrProgress) => env.report({ index, name: entry.name, status: 'parsing', ocr: { page: p.page, pages: p.pages } });
  const parsed = await parser(bytes, entry.fileName, signal, onOcr);
  // Cancelled while parsing: a stopped parse, or one that ended anyway, is not saved.
  if (signal?.aborted) return { status: 'cancelled' };
  if (!parsed.ok) return failed(entry.name, withoutFileName(parsed));
  return { id, bytes, report: parsed.report };
}

/** One transaction per report, then the read-back check; a copy saved meanwhile comes back 'duplicate'. */
async function commit(p: Prepared, entry: Entry, env: ImportEnv, known: Set<string>): Promise<Outcome> {
  const { status, summary } = await saveReportWithSummary(env.db, {
    id: p.id, fileName: entry.fileName, bytes: p.bytes, report: p.report, type: entry.blob?.type ?? '',
  });
  known.add(p.id);
  const doubt = status === 'saved' ? importDoubt(p.report.warnings) : undefined;
  return doubt ? { status, summary, doubt } : { status, summary };
}

/** Only a StoreError is expected here; a full disk also stops the rest of the batch. */
function errorOutcome(err: unknown, entry: Entry): Outcome & { quota?: StoreErrorInfo } {
  const why = err instanceof Error ? err.message : String(err);
  const outcome = failed(entry.name, err instanceof StoreError ? why : parseError('import-failed', { detail: why }));
  return err instanceof StoreError && err.kind === 'quota' ? { ...outcome, quota: err.toJSON() } : outcome;
}

function tally(counts: ImportCounts, status: FileProgress['status']): void {
  if (status === 'saved' || status === 'duplicate' || status === 'failed' || status === 'cancelled') counts[status]++;
}

/** Saves in flight while the next files are parsed: IndexedDB works in another thread meanwhile. */
const MAX_IN_FLIGHT = 4;

/** Bounds the saves under way; `add` waits while the limit is reached. */
function saves() {
  const inFlight = new Set<Promise<void>>();
  return {
    async add(work: Promise<void>): Promise<void> {
      const tracked = work.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    },
    drain: () => Promise.all(inFlight),
  };
}

export async function runImport(files: readonly ImportFile[], env: ImportEnv): Promise<ImportCounts> {
  const entries = await expandFiles(files);
  await env.begin?.(entries);
  entries.forEach((e, index) => env.report({ index, name: e.name, status: 'queued' }));
  const counts: ImportCounts = { total: entries.length, saved: 0, duplicate: 0, failed: 0, cancelled: 0 };
  const known = await listIds(env.db);
  const pending = saves();
  const read = readAhead(entries);
  const finish = (index: number, entry: Entry, outcome: Outcome & { quota?: StoreErrorInfo }) => {
    const { quota, ...change } = outcome;
    if (quota) counts.error ??= quota;
    env.report({ index, name: entry.name, ...change });
    tally(counts, change.status);
  };
  let next = 0;
  // Each lane takes the next file in turn: one parses here, the other (if any) elsewhere.
  const lane = async (parse: Parse) => {
    for (let index = next++; index < entries.length; index = next++) {
      const entry = entries[index]!;
      if (counts.error) { finish(index, entry, failed(entry.name, parseError('storage-full', {}))); continue; }
      if (env.cancelled() || env.fileSignal?.(index).aborted) { finish(index, entry, { status: 'cancelled' }); continue; }
      const prepared = await prepare(entry, index, env, known, read(index), parse).catch((err: unknown) => errorOutcome(err, entry));
      if ('status' in prepared) { finish(index, entry, prepared); continue; }
      await pending.add(commit(prepared, entry, env, known)
        .catch((err: unknown) => errorOutcome(err, entry))
        .then((outcome) => finish(index, entry, outcome)));
    }
  };
  await Promise.all([lane(env.parse), ...(env.parseElsewhere ? [lane(env.parseElsewhere)] : [])]);
  await pending.drain();
  return counts;
}
