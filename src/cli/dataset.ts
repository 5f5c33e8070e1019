// `npm run --silent dataset -- PATH... --out DIR [--jobs N] [--shard K/N]`: parses every report of
// folders and zips with N worker threads and streams reports/sections/figures/errors.jsonl into DIR
// for DuckDB, pandas or Spark. Resumable (a report already in DIR is skipped), flat in memory.
// Exit 1 when any file failed (see errors.jsonl), 2 on bad arguments.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { UsageError, type DatasetArgs } from './dataset-args';
import { checkedArgs, runDataset } from './dataset-run';
import { summary } from './dataset-progress';

const USAGE = 'usage: npm run --silent dataset -- PATH... --out DIR [--jobs N] [--shard K/N]\n';

/** The output folder made up front: one that cannot be (a file on its path, no permission) is a bad --out. */
function makeFolder(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
  } catch (err) {
    throw new UsageError(`cannot make the --out folder ${out}: ${(err as Error).message}`);
  }
}

async function main(): Promise<void> {
  let args: DatasetArgs;
  try {
    args = checkedArgs(process.argv.slice(2), { jobs: true, shard: true });
    if (existsSync(args.out) && !statSync(args.out).isDirectory()) throw new UsageError(`--out ${args.out} is a file, not a folder`);
    makeFolder(args.out);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`dataset: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  for (const note of args.notes) process.stderr.write(`dataset: ${note}\n`);
  const { tally, seconds } = await runDataset(args).catch((err: unknown) => {
    // What an earlier run left in --out cannot be read as one (openOutput): a bad --out.
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`dataset: ${err.message}\n`);
    process.exit(2);
  });
  process.stderr.write(summary('dataset', tally, seconds));
  if (tally.failed > 0) process.stderr.write(`dataset: ${tally.failed} file(s) failed; see ${args.out}/errors.jsonl\n`);
  process.exit(tally.failed > 0 ? 1 : 0);
}

await main();
