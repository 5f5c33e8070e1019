// Dataset benchmark section: the `dataset` command's own run (walk, hash, worker threads, JSON Lines
// writes) over 2,000 synthetic reports written to a temporary folder, with 1 and 2 jobs; files/s,
// MB/s and the speed-up of 2 jobs over 1, with each run's CPU seconds and the load average before it:
// on a shared machine the wall-clock speed-up says as much about the neighbours as about the code.
// Run alone: `npx tsx src/cli/bench-dataset.ts [count]`.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, type CorpusFile } from './corpus';
import { runDataset } from './dataset-run';
import type { BenchSection } from './bench-parse';

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** CPU time of the whole process, worker threads included: the share of the machine this run got. */
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

async function timed(input: string, out: string, jobs: number) {
  const load = loadavg()[0]!;
  const c0 = cpuSeconds();
  const { tally, seconds } = await runDataset({ inputs: [input], out, jobs, shard: null }, { quiet: true });
  if (tally.written + tally.failed !== tally.done) throw new Error(`dataset skipped files: ${JSON.stringify(tally)}`);
  return { jobs, files: tally.done, failed: tally.failed, mb: tally.bytes / 1e6, seconds, cpu: cpuSeconds() - c0, load };
}

export async function datasetSection(count = 2000): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'zb-bench-dataset-'));
  try {
    const input = join(dir, 'in');
    const corpus = distinct(buildCorpus(Math.ceil(count * 1.5), 3)).slice(0, count);
    // A few hundred files per folder, as a real collection by place would be.
    corpus.forEach((f, i) => {
      const sub = join(input, `p${Math.floor(i / 250)}`);
      writeFileSync(join(mkdirp(sub), f.name), f.bytes);
    });
    const runs = [];
    for (const jobs of [1, 2]) runs.push(await timed(input, join(dir, `out${jobs}`), jobs));
    const rows = runs.map((r) => ({
      jobs: r.jobs, files: r.files, failed: r.failed, MB: round(r.mb), seconds: round(r.seconds, 2),
      'files/s': round(r.files / r.seconds), 'MB/s': round(r.mb / r.seconds, 2),
      'CPU s': round(r.cpu, 1), 'load before': round(r.load, 1),
    }));
    const speedup = round(runs[0]!.seconds / runs[1]!.seconds, 2);
    const json = Object.fromEntries(runs.map((r) => [`jobs${r.jobs}`, { filesPerSecond: round(r.files / r.seconds), mbPerSecond: round(r.mb / r.seconds, 2), files: r.files, cpuSeconds: round(r.cpu, 1), loadBefore: round(r.load, 1) }]));
    return { name: `dataset (${count} files, speed-up with 2 jobs ${speedup}x)`, rows, json: { ...json, speedup2: speedup } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The corpus repeats some files byte for byte; the command would parse those once, so they go. */
function distinct(files: CorpusFile[]): CorpusFile[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const id = createHash('sha256').update(f.bytes).digest('hex');
    return !seen.has(id) && seen.add(id);
  });
}

function mkdirp(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await datasetSection(Number(process.argv[2] ?? 2000));
  console.log(section.name);
  console.table(section.rows);
}
