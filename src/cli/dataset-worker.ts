// A worker thread of `dataset` and `pack`: parses one file at a time and answers with its table
// lines already serialised (so the main thread only writes) or, for `pack`, the parsed report as JSON.
import { parentPort } from 'node:worker_threads';
import { parseReport } from '../parse/index';
import { tableRows, TABLES, type TableName } from '../trends/dataset-tables';

export interface ParseJob { seq: number; id: string; path: string; fileName: string; bytes: Uint8Array; mode: 'tables' | 'report' }
export type ParseAnswer =
  | { seq: number; ok: true; lines: Record<TableName, string>; counts: Record<TableName, number>; report?: string }
  | { seq: number; ok: false; error: string };

export function answer(job: ParseJob): ParseAnswer {
  const result = parseReport(job.bytes, job.fileName);
  if (!result.ok) return { seq: job.seq, ok: false, error: result.error };
  if (job.mode === 'report') {
    return { seq: job.seq, ok: true, lines: { reports: '', sections: '', figures: '' }, counts: { reports: 1, sections: 0, figures: 0 }, report: JSON.stringify(result.report) };
  }
  const rows = tableRows(job.id, job.path, job.bytes.byteLength, result.report);
  const lines = {} as Record<TableName, string>;
  const counts = {} as Record<TableName, number>;
  for (const t of TABLES) {
    lines[t] = rows[t].map((r) => JSON.stringify(r) + '\n').join('');
    counts[t] = rows[t].length;
  }
  return { seq: job.seq, ok: true, lines, counts };
}

parentPort?.on('message', (job: ParseJob) => {
  let out: ParseAnswer;
  try { out = answer(job); } catch (err) {
    out = { seq: job.seq, ok: false, error: `解析失败 (parse failed): ${err instanceof Error ? err.message : String(err)}` };
  }
  parentPort!.postMessage(out);
});
