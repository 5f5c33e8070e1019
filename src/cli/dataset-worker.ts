// A worker thread of `dataset` and `pack`: takes a batch of files, reads (or is handed) and hashes each
// (its id), asks the main thread once per batch which to parse when told to (shard, resume, duplicates
// need the ids first), parses those, and answers the batch with each file's table lines already
// serialised and encoded (so the main thread only writes the bytes it is handed) or, for `pack`, the
// parsed report as JSON. Batches keep the messages (and the thread wake-ups each costs) few per file.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { parseFile } from '../parse/parse-file';
import { tableRows, TABLES, type TableName } from '../trends/dataset-tables';
import { readLocal, type FsPath } from './dataset-walk';
import { jsonLines } from './json-lines';

export interface ParseJob {
  path: string; fileName: string; mode: 'tables' | 'report';
  /** The bytes, or `file`: a path on disk the worker reads itself (its size already checked). */
  bytes?: Uint8Array; file?: FsPath;
  /** The id when the sender already knows it; otherwise the worker hashes the bytes. */
  id?: string;
}
/** `ask`: send an IdQuestion before parsing, and parse only the files the Verdict wants. */
export interface JobBatch { seq: number; jobs: ParseJob[]; ask: boolean }
/** Per job of the batch: its id and size, or null when it could not be read. */
export interface IdQuestion { seq: number; question: true; ids: (string | null)[]; sizes: number[] }
export interface Verdict { seq: number; verdicts: boolean[] }
/** `id` is null when the file could not be read; `skipped` when the main thread said not to parse. */
export type ParseAnswer =
  | { ok: true; id: string; size: number; lines: Record<TableName, Uint8Array>; counts: Record<TableName, number>; report?: Uint8Array }
  | { ok: false; id: string | null; size: number; error: string; code?: string; skipped?: true };
export interface BatchAnswer { seq: number; answers: ParseAnswer[] }

const utf8 = new TextEncoder();
const waiting = new Map<number, (verdicts: boolean[]) => void>();

async function parsed(job: ParseJob, id: string, bytes: Uint8Array): Promise<ParseAnswer> {
  const size = bytes.byteLength;
  const result = await parseFile(bytes, job.fileName);
  if (!result.ok) return { ok: false, id, size, error: result.error, code: result.code };
  if (job.mode === 'report') {
    const none = new Uint8Array(0);
    return { ok: true, id, size, lines: { reports: none, sections: none, figures: none }, counts: { reports: 1, sections: 0, figures: 0 }, report: utf8.encode(JSON.stringify(result.report)) };
  }
  const rows = tableRows(id, job.path, size, result.report);
  const lines = {} as Record<TableName, Uint8Array>;
  const counts = {} as Record<TableName, number>;
  for (const t of TABLES) {
    lines[t] = jsonLines(rows[t]);
    counts[t] = rows[t].length;
  }
  return { ok: true, id, size, lines, counts };
}

type Read = { id: string; size: number; bytes: Uint8Array } | { error: string };

function read(job: ParseJob): Read {
  const bytes = job.bytes ?? (job.file ? readLocal(job.file) : { error: 'no bytes' });
  if (!(bytes instanceof Uint8Array)) return { error: bytes.error };
  return { id: job.id ?? createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength, bytes };
}

async function parsedOrFailed(job: ParseJob, r: { id: string; size: number; bytes: Uint8Array }): Promise<ParseAnswer> {
  try { return await parsed(job, r.id, r.bytes); } catch (err) {
    return { ok: false, id: r.id, size: r.size, error: `解析失败 (parse failed): ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The answers to a batch, in its order; `ask` is consulted once, and only if some file could be read. */
export async function answerBatch(batch: JobBatch, ask?: (q: IdQuestion) => Promise<boolean[]>): Promise<ParseAnswer[]> {
  const reads = batch.jobs.map(read);
  const ids = reads.map((r) => ('id' in r ? r.id : null));
  const wanted = ask && ids.some((id) => id !== null)
    ? await ask({ seq: batch.seq, question: true, ids, sizes: reads.map((r) => ('size' in r ? r.size : 0)) })
    : reads.map(() => true);
  const answers: ParseAnswer[] = [];
  for (const [i, r] of reads.entries()) {
    if ('error' in r) answers.push({ ok: false, id: null, size: 0, error: r.error });
    else if (!wanted[i]) answers.push({ ok: false, id: r.id, size: r.size, error: '', skipped: true });
    else answers.push(await parsedOrFailed(batch.jobs[i]!, r));
  }
  return answers;
}

function askMain(q: IdQuestion): Promise<boolean[]> {
  return new Promise((resolve) => { waiting.set(q.seq, resolve); parentPort!.postMessage(q); });
}

const buffersOf = (a: ParseAnswer) => (a.ok ? [...Object.values(a.lines), ...(a.report ? [a.report] : [])] : []);

/** Only in a thread the pool started (a test runner's own worker thread must keep its port). */
export const WORKER_ROLE = 'zhengbao-dataset-worker';

if (parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) parentPort.on('message', async (m: JobBatch | Verdict) => {
  if ('verdicts' in m) { waiting.get(m.seq)?.(m.verdicts); waiting.delete(m.seq); return; }
  const answers = await answerBatch(m, m.ask ? askMain : undefined);
  const buffers = answers.flatMap(buffersOf).map((b) => b.buffer as ArrayBuffer).filter((b) => b.byteLength > 0);
  parentPort!.postMessage({ seq: m.seq, answers } satisfies BatchAnswer, buffers);
});
