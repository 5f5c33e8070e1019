// A worker thread of `dataset` and `pack`: parses one file at a time and answers with its table
// lines already serialised and encoded (so the main thread only writes the bytes it is handed) or, for
// `pack`, the parsed report as JSON. Answers transfer their buffers: nothing big is copied between threads.
import { parentPort } from 'node:worker_threads';
import { parseFile } from '../parse/parse-file';
import { tableRows, TABLES, type TableName } from '../trends/dataset-tables';

export interface ParseJob { seq: number; id: string; path: string; fileName: string; bytes: Uint8Array; mode: 'tables' | 'report' }
export type ParseAnswer =
  | { seq: number; ok: true; lines: Record<TableName, Uint8Array>; counts: Record<TableName, number>; report?: Uint8Array }
  | { seq: number; ok: false; error: string; code?: string };

const utf8 = new TextEncoder();

export async function answer(job: ParseJob): Promise<ParseAnswer> {
  const result = await parseFile(job.bytes, job.fileName);
  if (!result.ok) return { seq: job.seq, ok: false, error: result.error, code: result.code };
  if (job.mode === 'report') {
    const none = new Uint8Array(0);
    return { seq: job.seq, ok: true, lines: { reports: none, sections: none, figures: none }, counts: { reports: 1, sections: 0, figures: 0 }, report: utf8.encode(JSON.stringify(result.report)) };
  }
  const rows = tableRows(job.id, job.path, job.bytes.byteLength, result.report);
  const lines = {} as Record<TableName, Uint8Array>;
  const counts = {} as Record<TableName, number>;
  for (const t of TABLES) {
    lines[t] = utf8.encode(rows[t].map((r) => JSON.stringify(r) + '\n').join(''));
    counts[t] = rows[t].length;
  }
  return { seq: job.seq, ok: true, lines, counts };
}

parentPort?.on('message', async (job: ParseJob) => {
  let out: ParseAnswer;
  try { out = await answer(job); } catch (err) {
    out = { seq: job.seq, ok: false, error: `解析失败 (parse failed): ${err instanceof Error ? err.message : String(err)}` };
  }
  const buffers = out.ok ? [...Object.values(out.lines), ...(out.report ? [out.report] : [])].map((b) => b.buffer as ArrayBuffer) : [];
  parentPort!.postMessage(out, buffers.filter((b) => b.byteLength > 0));
});
