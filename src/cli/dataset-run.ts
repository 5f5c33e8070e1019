// One run of `dataset`: walk the inputs, hash each file (its id), skip what another shard, an earlier
// run or an identical file has, hand the rest to the worker pool and write the answers as they come.
// Memory holds the files in flight and a 64-bit key per report written, never the corpus.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, shardOfId, UsageError, type DatasetArgs } from './dataset-args';
import { openOutput, type Output } from './dataset-output';
import { createPool } from './dataset-pool';
import { newTally, startProgress, summary, type Tally } from './dataset-progress';
import { countFiles, walk, type Source } from './dataset-walk';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A 64-bit key is enough to tell a million reports apart and keeps the set of done ids small. */
const key = (id: string) => id.slice(0, 16);

function inShard(args: DatasetArgs, id: string): boolean {
  return !args.shard || shardOfId(id, args.shard.n) === args.shard.k;
}

interface Run { args: DatasetArgs; out: Output; tally: Tally; earlier: Set<string>; seen: Set<string> }

/** What to do with a file before parsing: skip it (and why) or parse it. */
function triage(run: Run, id: string): keyof Tally | 'earlier-failure' | 'parse' {
  if (!inShard(run.args, id)) return 'otherShard';
  if (run.out.failedKeys.has(id)) return 'earlier-failure';
  if (run.earlier.has(key(id))) return 'resumed';
  if (run.seen.has(key(id))) return 'duplicates';
  run.seen.add(key(id));
  return 'parse';
}

/** A file that could not even be read: it belongs to the shard its path hashes to. */
function unreadable(run: Run, src: Source, reason: string): void {
  const { tally, out } = run;
  tally.done++;
  if (!inShard(run.args, sha256(src.path))) { tally.otherShard++; return; }
  tally.failed++;
  if (!out.failedKeys.has(src.path)) out.writeError({ path: src.path, fileName: src.fileName, id: null, reason });
}

export async function runDataset(args: DatasetArgs, options: { quiet?: boolean } = {}): Promise<{ tally: Tally; seconds: number }> {
  const out = await openOutput(args.out);
  const skip = new Set([resolve(args.out)]);
  const run: Run = { args, out, tally: newTally(await countFiles(args.inputs, skip)), earlier: new Set([...out.doneIds].map(key)), seen: new Set() };
  out.doneIds.clear();
  const { tally } = run;
  const progress = startProgress('dataset', tally, options.quiet);
  const pool = createPool(args.jobs);
  const inFlight = new Set<Promise<void>>();
  try {
    for await (const src of walk(args.inputs, { skip, onZip: (n) => { tally.total += n - 1; } })) {
      const bytes = await src.read();
      if (!(bytes instanceof Uint8Array)) { unreadable(run, src, bytes.error); continue; }
      const id = sha256(bytes);
      tally.bytes += bytes.byteLength;
      const verdict = triage(run, id);
      if (verdict !== 'parse') {
        tally.done++;
        tally[verdict === 'earlier-failure' ? 'failed' : verdict]++;
        continue;
      }
      await pool.ready();
      const job = pool.run({ id, path: src.path, fileName: src.fileName, bytes, mode: 'tables' }).then((a) => {
        if (a.ok) { out.writeReport(a.lines); tally.written++; } else { out.writeError({ path: src.path, fileName: src.fileName, id, reason: a.error, ...(a.code ? { code: a.code } : {}) }); tally.failed++; }
        tally.done++;
      });
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
    }
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
