// A worker thread of `dataset` and `pack`: reads (or is handed) a file, hashes it (the id), asks the
// main thread whether to parse it when told to (shard, resume, duplicates need the id first), parses,
// and answers with its table lines already serialised and encoded (so the main thread only writes the
// bytes it is handed) or, for `pack`, the parsed report as JSON. Answers transfer their buffers.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { parseFile } from '../parse/parse-file';
import { tableRows, TABLES, type TableName } from '../trends/dataset-tables';
import { readLocal } from './dataset-walk';

export interface ParseJob {
  seq: number; path: string; fileName: string; mode: 'tables' | 'report';
  /** The bytes, or `file`: a path on disk the worker reads itself (its size already checked). */
  bytes?: Uint8Array; file?: string;
  /** The id when the sender already knows it; otherwise the worker hashes the bytes. */
  id?: string;
  /** Ask the main thread (an IdQuestion) before parsing, and parse only if it says so. */
  ask?: boolean;
}
export interface IdQuestion { seq: number; question: true; id: string; size: number }
export interface Verdict { seq: number; verdict: boolean }
/** `id` is null when the file could not be read; `skipped` when the main thread said not to parse. */
export type ParseAnswer =
  | { seq: number; ok: true; id: string; size: number; lines: Record<TableName, Uint8Array>; counts: Record<TableName, number>; report?: Uint8Array }
  | { seq: number; ok: false; id: string | null; size: number; error: string; code?: string; skipped?: true };

const utf8 = new TextEncoder();
const verdicts = new Map<number, (parse: boolean) => void>();

async function parsed(job: ParseJob, id: string, bytes: Uint8Array): Promise<ParseAnswer> {
  const { seq } = job;
  const size = bytes.byteLength;
  const result = await parseFile(bytes, job.fileName);
  if (!result.ok) return { seq, ok: false, id, size, error: result.error, code: result.code };
  if (job.mode === 'report') {
    const none = new Uint8Array(0);
    return { seq, ok: true, id, size, lines: { reports: none, sections: none, figures: none }, counts: { reports: 1, sections: 0, figures: 0 }, report: utf8.encode(JSON.stringify(result.report)) };
  }
  const rows = tableRows(id, job.path, size, result.report);
  const lines = {} as Record<TableName, Uint8Array>;
  const counts = {} as Record<TableName, number>;
  for (const t of TABLES) {
    lines[t] = utf8.encode(rows[t].map((r) => JSON.stringify(r) + '\n').join(''));
    counts[t] = rows[t].length;
  }
  return { seq, ok: true, id, size, lines, counts };
}

export async function answer(job: ParseJob, ask?: (q: IdQuestion) => Promise<boolean>): Promise<ParseAnswer> {
  const { seq } = job;
  const bytes = job.bytes ?? (job.file ? readLocal(job.file) : { error: 'no bytes' });
  if (!(bytes instanceof Uint8Array)) return { seq, ok: false, id: null, size: 0, error: bytes.error };
  const id = job.id ?? createHash('sha256').update(bytes).digest('hex');
  const size = bytes.byteLength;
  if (ask && !(await ask({ seq, question: true, id, size }))) return { seq, ok: false, id, size, error: '', skipped: true };
  try { return await parsed(job, id, bytes); } catch (err) {
    return { seq, ok: false, id, size, error: `解析失败 (parse failed): ${err instanceof Error ? err.message : String(err)}` };
  }
}

function askMain(q: IdQuestion): Promise<boolean> {
  return new Promise((resolve) => { verdicts.set(q.seq, resolve); parentPort!.postMessage(q); });
}

/** Only in a thread the pool started (a test runner's own worker thread must keep its port). */
export const WORKER_ROLE = 'zhengbao-dataset-worker';

if (parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) parentPort.on('message', async (m: ParseJob | Verdict) => {
  if ('verdict' in m) { verdicts.get(m.seq)?.(m.verdict); verdicts.delete(m.seq); return; }
  const out = await answer(m, m.ask ? askMain : undefined);
  const buffers = out.ok ? [...Object.values(out.lines), ...(out.report ? [out.report] : [])].map((b) => b.buffer as ArrayBuffer) : [];
  parentPort!.postMessage(out, buffers.filter((b) => b.byteLength > 0));
});
