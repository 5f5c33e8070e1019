// Dataset benchmark section: the `dataset` command itself, started exactly as package.json's script
// starts it (node flags, if any, included), over 2,000 distinct synthetic reports in folders, with 1 and 2
// jobs: files/s, MB/s, the speed-up of 2 jobs over 1, and where the CPU time went by thread (the share
// outside the parse workers, and the speed-up the CPU times alone allow), with the load average
// before each run: on a shared machine the wall-clock speed-up also measures the neighbours.
// Run alone: `npx tsx src/cli/bench-dataset.ts [count]`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, type CorpusFile } from './corpus';
import type { BenchSection } from './bench-parse';
import { twoThreadGain } from './bench-ceiling';
import { sampleThreads, type ThreadSplit } from './bench-threads';

const ROOT = join(import.meta.dirname, '../..');
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
/** The share of the CPU time spent outside the parse workers: the main thread's and the helpers'. */
const share = (t: ThreadSplit) => (t.main + t.helpers) / Math.max(1e-9, t.main + t.helpers + t.workers);

/** `node --flags --import tsx src/cli/dataset.ts` from package.json, without the leading `node`. */
function commandArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [node, ...args] = pkg.scripts.dataset!.split(/\s+/);
  if (node !== 'node') throw new Error('the dataset script no longer starts with node');
  return args;
}

async function timed(input: string, out: string, jobs: number, files: number, bytes: number) {
  const load = loadavg()[0]!;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...commandArgs(), input, '--out', out, '--jobs', String(jobs)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const threads = sampleThreads(child.pid!, jobs);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  let split: ThreadSplit | null = null;
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => { split = threads.stop(); resolve(c); }));
  const seconds = (performance.now() - t0) / 1000;
  const written = readFileSync(join(out, 'reports.jsonl'), 'utf8').split('\n').filter(Boolean).length;
  if (code !== 0 || written !== files) throw new Error(`dataset exited ${code} with ${written}/${files} reports: ${stderr.slice(-400)}`);
  return { jobs, files, mb: bytes / 1e6, seconds, load, split: split as ThreadSplit | null };
}

/** The corpus repeats some files byte for byte; the command would parse those once, so they go. */
function distinct(files: CorpusFile[]): CorpusFile[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const id = createHash('sha256').update(f.bytes).digest('hex');
    return !seen.has(id) && seen.add(id);
  });
}

export async function datasetSection(count = 2000): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'zb-bench-dataset-'));
  try {
    const input = join(dir, 'in');
    const corpus = distinct(buildCorpus(Math.ceil(count * 1.5), 3)).slice(0, count);
    // A few hundred files per folder, as a real collection by place would be.
    corpus.forEach((f, i) => {
      const sub = join(input, `p${Math.floor(i / 250)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, f.name), f.bytes);
    });
    const bytes = corpus.reduce((n, f) => n + f.bytes.byteLength, 0);
    // One file first: a run after a source change bundles the code once, which neither timed run should pay.
    const warm = join(dir, 'warm');
    mkdirSync(warm);
    writeFileSync(join(warm, corpus[0]!.name), corpus[0]!.bytes);
    await timed(warm, join(dir, 'out0'), 1, 1, corpus[0]!.bytes.byteLength);
    const runs = [];
    for (const jobs of [1, 2]) runs.push(await timed(input, join(dir, `out${jobs}`), jobs, corpus.length, bytes));
    const rows = runs.map((r) => ({
      jobs: r.jobs, files: r.files, MB: round(r.mb), seconds: round(r.seconds, 2),
      'files/s': round(r.files / r.seconds), 'MB/s': round(r.mb / r.seconds, 2),
      'ms CPU/file worker/all': r.split ? [r.split.workers, r.split.workers + r.split.main + r.split.helpers].map((v) => round((1000 * v) / r.files, 2)).join(' / ') : 'n/a',
      'CPU s workers/main/other': r.split ? [r.split.workers, r.split.main, r.split.helpers].map((v) => round(v, 1)).join(' / ') : 'n/a',
      'main share': r.split ? `${round(100 * share(r.split))}%` : 'n/a',
      'load before': round(r.load, 1),
    }));
    const speedup = round(runs[0]!.seconds / runs[1]!.seconds, 2);
    const json = Object.fromEntries(runs.map((r) => [`jobs${r.jobs}`, {
      filesPerSecond: round(r.files / r.seconds), mbPerSecond: round(r.mb / r.seconds, 2), files: r.files, loadBefore: round(r.load, 1), threadCpuSeconds: r.split,
      mainShare: r.split ? round(share(r.split), 3) : null, mainCpuMsPerFile: r.split ? round((1000 * r.split.main) / r.files, 3) : null,
      // CPU per file in the parse workers alone, and over every thread (V8's compiling and GC included).
      workerCpuMsPerFile: r.split ? round((1000 * r.split.workers) / r.files, 3) : null,
      cpuMsPerFile: r.split ? round((1000 * (r.split.workers + r.split.main + r.split.helpers)) / r.files, 3) : null,
    }]));
    // The speed-up were wall time CPU time: one job waits on its worker (the main thread has the other
    // core), two jobs share both cores among every thread. Less swayed by the neighbours than wall time.
    const [one, two] = [runs[0]!.split, runs[1]!.split];
    const bound = one && two ? round((2 * one.workers) / (two.workers + two.main + two.helpers), 2) : null;
    // What two threads gain on this machine at all, in the same run: the parse can scale no better
    // than memory-heavy work does.
    const machine = { arithmetic: await twoThreadGain('arithmetic'), memory: await twoThreadGain('memory') };
    const name = `dataset (${corpus.length} files, speed-up with 2 jobs ${speedup}x, by CPU time ${bound ?? 'n/a'}x; `
      + `this machine's two threads over one: ${machine.arithmetic}x arithmetic, ${machine.memory}x memory-bound)`;
    return { name, rows, json: { ...json, speedup2: speedup, speedup2Cpu: bound, machineSpeedup2: machine } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await datasetSection(Number(process.argv[2] ?? 2000));
  console.log(section.name);
  console.table(section.rows);
}
