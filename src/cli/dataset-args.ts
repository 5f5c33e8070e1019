// Arguments of `dataset` and `pack`: inputs, --out, --jobs N, --shard K/N. A mistake is a sentence
// and exit code 2, never a stack trace.
import { availableParallelism } from 'node:os';

export interface DatasetArgs {
  inputs: string[];
  out: string;
  jobs: number;
  shard: { k: number; n: number } | null;
}

export class UsageError extends Error {}

function positiveInt(text: string | undefined, what: string): number {
  const n = Number(text);
  if (!text || !Number.isInteger(n) || n < 1) throw new UsageError(`${what} must be a whole number ≥ 1, not ${JSON.stringify(text ?? '')}`);
  return n;
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
  const args: DatasetArgs = { inputs: [], out: '', jobs: availableParallelism(), shard: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i];
    if (a === '--') continue;
    if (a === '--out') args.out = value() ?? '';
    else if (a === '--jobs' && options.jobs) args.jobs = positiveInt(value(), '--jobs');
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
