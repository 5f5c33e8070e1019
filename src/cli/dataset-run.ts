// One run of `dataset`: walk the inputs and hand the files to the worker pool in batches; a worker reads
// and hashes each (its id) and asks before parsing, so what another shard, an earlier run or an
// identical file has is skipped unparsed; the main thread only triages ids and writes the answers.
// Memory holds the files in flight and a 64-bit key per report written, never the corpus.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, shardOfId, UsageError, type DatasetArgs } from './dataset-args';
import { openOutput, outputFiles, type Output } from './dataset-output';
import { createPool, type ParsePool } from './dataset-pool';
import { newTally, startProgress, summary, type Tally } from './dataset-progress';
import { countFiles, walk, type Source } from './dataset-walk';
import type { ParseAnswer, ParseJob } from './dataset-worker';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A 64-bit key is enough to tell a million reports apart and keeps the set of done ids small. */
const key = (id: string) => id.slice(0, 16);

function inShard(args: DatasetArgs, id: string): boolean {
  return !args.shard || shardOfId(id, args.shard.n) === args.shard.k;
}

/** `failedPaths`: unreadable files listed this run (a path met twice, say a file given twice, is listed once). */
interface Run { args: DatasetArgs; out: Output; tally: Tally; earlier: Set<string>; seen: Set<string>; failedPaths: Set<string> }

type Verdict = keyof Tally | 'earlier-failure' | 'parse';
type ParsedLines = Extract<ParseAnswer, { ok: true }>['lines'];

/** What to do with a file before parsing: skip it (and why) or parse it. */
function triage(run: Run, id: string): Verdict {
  if (!inShard(run.args, id)) return 'otherShard';
  if (run.earlier.has(key(id))) return 'resumed';
  // Before the earlier failures: a copy of a file that failed is a duplicate, as in the first run,
  // so the count of failures stays the count of lines in errors.jsonl.
  if (run.seen.has(key(id))) return 'duplicates';
  run.seen.add(key(id));
  if (run.out.failedKeys.has(id)) return 'earlier-failure';
  return 'parse';
}

/** A file that could not even be read: it belongs to the shard its path hashes to. */
function unreadable(run: Run, src: Source, reason: string): void {
  const { tally, out } = run;
  tally.done++;
  if (!inShard(run.args, sha256(src.path))) { tally.otherShard++; return; }
  if (run.failedPaths.has(src.path)) { tally.duplicates++; return; }
  run.failedPaths.add(src.path);
  tally.failed++;
  if (!out.failedKeys.has(src.path)) out.writeError({ path: src.path, fileName: src.fileName, id: null, reason });
}

/** A worker's answer: to be written (added to `lines`), failed, unreadable, or skipped for the reason triage gave. */
function settle(run: Run, src: Source, a: ParseAnswer, verdict: Verdict, lines: ParsedLines[]): void {
  const { tally, out } = run;
  if (!a.ok && a.id === null) { unreadable(run, src, a.error); return; }
  tally.done++;
  if (a.ok) { lines.push(a.lines); tally.written++; return; }
  if (verdict !== 'parse') { tally[verdict === 'earlier-failure' ? 'failed' : verdict]++; return; }
  out.writeError({ path: src.path, fileName: src.fileName, id: a.id, reason: a.error, ...(a.code ? { code: a.code } : {}) });
  tally.failed++;
}

/** Files per message to a worker: up to 8, fewer when there are few files, so every worker gets some. */
const batchSize = (files: number, jobs: number) => Math.max(1, Math.min(8, Math.floor(files / (jobs * 8))));

interface Item { src: Source; job: ParseJob }

/** Hands a batch to the pool; settles (writes) its answers when they come. */
function send(run: Run, pool: ParsePool, items: Item[]): Promise<void> {
  const verdicts: Verdict[] = items.map(() => 'parse');
  const onId = (id: string, size: number, at: number) => { run.tally.bytes += size; verdicts[at] = triage(run, id); return verdicts[at] === 'parse'; };
  return pool.run(items.map((i) => i.job), onId).then((answers) => {
    const lines: ParsedLines[] = [];
    answers.forEach((a, at) => settle(run, items[at]!.src, a, verdicts[at]!, lines));
    run.out.writeReports(lines);
  });
}

export async function runDataset(args: DatasetArgs, options: { quiet?: boolean } = {}): Promise<{ tally: Tally; seconds: number }> {
  // The workers start first: loading the parser takes them a moment the main thread spends reading
  // what an earlier run wrote and counting the files.
  const pool = await createPool(args.jobs);
  const out = await openOutput(args.out).catch(async (err: unknown) => { await pool.close(); throw err; });
  // The output folder when it lies inside an input, and its files when it is an input itself.
  const skip = new Set([args.out, ...outputFiles(args.out)].map((p) => resolve(p)));
  const run: Run = { args, out, tally: newTally(0), earlier: new Set([...out.doneIds].map(key)), seen: new Set(), failedPaths: new Set() };
  out.doneIds.clear();
  const { tally } = run;
  const progress = startProgress('dataset', tally, options.quiet);
  const inFlight = new Set<Promise<void>>();
  const flush = async (items: Item[]) => {
    await pool.ready();
    const done = send(run, pool, items);
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  };
  try {
    tally.total = await countFiles(args.inputs, skip);
    let batch: Item[] = [];
    for await (const src of walk(args.inputs, { skip, onZip: (n) => { tally.total += n - 1; } })) {
      const bytes = src.local === undefined ? await src.read() : null;
      if (bytes && !(bytes instanceof Uint8Array)) { unreadable(run, src, bytes.error); continue; }
      batch.push({ src, job: { ...(bytes ? { bytes } : { file: src.local }), path: src.path, fileName: src.fileName, mode: 'tables' } });
      // The total grows as zips open, and so may the batch.
      if (batch.length >= batchSize(tally.total, args.jobs)) { await flush(batch); batch = []; }
    }
    if (batch.length > 0) await flush(batch);
    await Promise.all(inFlight);
  } finally {
    progress.stop();
    await pool.close();
    out.close();
  }
  return { tally, seconds: progress.seconds() };
}

/** Arguments checked up front, so a typo costs exit 2 and a sentence, not an empty output folder. */
export function checkedArgs(argv: readonly string[], options: { jobs: boolean; shard: boolean }): DatasetArgs {
  const args = parseArgs(argv, options);
  for (const p of args.inputs) if (!existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
  return args;
}
