// `npm run --silent dataset -- PATH... --out DIR [--jobs N] [--shard K/N]`: parses every report of
// folders and zips with N worker threads and streams reports/sections/figures/errors.jsonl into DIR
// for DuckDB, pandas or Spark. Resumable (a report already in DIR is skipped), flat in memory.
// Exit 1 when any file failed (see errors.jsonl), 2 on bad arguments.
import { existsSync, statSync } from 'node:fs';
import { UsageError, type DatasetArgs } from './dataset-args';
import { checkedArgs, runDataset } from './dataset-run';
import { summary } from './dataset-progress';

const USAGE = 'usage: npm run --silent dataset -- PATH... --out DIR [--jobs N] [--shard K/N]\n';

async function main(): Promise<void> {
  let args: DatasetArgs;
  try {
    args = checkedArgs(process.argv.slice(2), { jobs: true, shard: true });
    if (existsSync(args.out) && !statSync(args.out).isDirectory()) throw new UsageError(`--out ${args.out} is a file, not a folder`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`dataset: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  const { tally, seconds } = await runDataset(args);
  process.stderr.write(summary('dataset', tally, seconds));
  if (tally.failed > 0) process.stderr.write(`dataset: ${tally.failed} file(s) failed; see ${args.out}/errors.jsonl\n`);
  process.exit(tally.failed > 0 ? 1 : 0);
}

await main();
