// Arguments of `dataset` and `pack`: inputs, --out, --jobs N, --shard K/N. A mistake is a sentence
// and exit code 2, never a stack trace.
import { availableParallelism } from 'node:os';

export interface DatasetArgs {
  inputs: string[];
  out: string;
  jobs: number;
  shard: { k: number; n: number } | null;
  /** What was changed from what was asked (a --jobs above the cores), for stderr. */
  notes: string[];
}

export class UsageError extends Error {}

/** Digits only: Number() would also take "1e3", "0x10" or " 2 ". */
function positiveInt(text: string | undefined, what: string): number {
  const n = Number(text);
  if (!text || !/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${what} must be a whole number ≥ 1, not ${JSON.stringify(text ?? '')}`);
  return n;
}

/**
 * At most one worker per core: parsing is CPU-bound and each worker compiles the parser anew and
 * holds its own heap (about 15 MB), so `--jobs 1000` only started a thousand threads, took 40 s for
 * five files and gigabytes of memory.
 */
function jobsOf(text: string | undefined, notes: string[]): number {
  const asked = positiveInt(text, '--jobs');
  const cores = availableParallelism();
  if (asked <= cores) return asked;
  notes.push(`--jobs ${asked}: using ${cores}, one per core`);
  return cores;
}

function shardOf(text: string | undefined): { k: number; n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text ?? '');
  if (!m) throw new UsageError(`--shard takes K/N (e.g. 2/8), not ${JSON.stringify(text ?? '')}`);
  const k = positiveInt(m[1], '--shard K');
  const n = positiveInt(m[2], '--shard N');
  if (k > n) throw new UsageError(`--shard ${k}/${n}: K must be between 1 and N`);
  return { k, n };
}

/** Parses argv (after the script); `options` lists which flags this command accepts besides --out. */
export function parseArgs(argv: readonly string[], options: { jobs: boolean; shard: boolean }): DatasetArgs {
  const args: DatasetArgs = { inputs: [], out: '', jobs: availableParallelism(), shard: null, notes: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i];
    if (a === '--') continue;
    if (a === '--out') args.out = value() ?? '';
    else if (a === '--jobs' && options.jobs) args.jobs = jobsOf(value(), args.notes);
    else if (a === '--shard' && options.shard) args.shard = shardOf(value());
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0) throw new UsageError('give at least one file, folder or .zip to read');
  if (!args.out) throw new UsageError('--out is required');
  return args;
}

/** Which shard an id falls in (1..n): its first 8 hex digits modulo n, so shards are disjoint and even. */
export function shardOfId(id: string, n: number): number {
  return (Number.parseInt(id.slice(0, 8), 16) % n) + 1;
}
