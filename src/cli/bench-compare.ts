// Compare bench section: aligning two ~30,000-character reports in Node. Side A is four seed reports
// (as the parser reads them) joined into one outline; side B is a variant of it (sections shuffled,
// moved, deleted, inserted from the fifth seed, headings reworded and renumbered, script converted).
// Run alone: `npx tsx src/cli/bench-compare.ts`; bench.ts calls compareSection().
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { align } from '../compare/index';
import { pairSections } from '../compare/align';
import { concatTrees, toTree, type Tree } from '../compare/variant-tree';
import { makeVariant, rng, scorePairing, type Variant } from '../compare/variants';
import { parseReport } from '../parse/index';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');

export const COMPARE_TARGET_MS = 50;
const WARMUP = 10;

export interface CompareRow { [column: string]: string | number }

const chars = (r: Variant['a']) => r.paragraphs.reduce((n, p) => n + p.text.length, 0);

function seedTrees(): Tree[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => {
    const result = parseReport(readFileSync(join(FIXTURES, f)), f);
    return result.ok ? [toTree(result.report, f)] : [];
  });
}

function variantPair(seed: number): Variant {
  const trees = seedTrees();
  // The smallest seed (003, ~5,000 chars) donates inserted sections; the other four make ~30,000.
  const donor = trees.splice(3, 1);
  const base = concatTrees(trees);
  return makeVariant(base, donor, rng(seed), { shuffles: 3, moves: 2, deletions: 3, insertions: 3, rewords: 8, convert: true });
}

/** Wall time per run, and CPU time per run (less shaken by other processes on a shared machine). */
function timeRuns(v: Variant, runs: number): { cold: number; median: number; p95: number; cpu: number } {
  let t = performance.now();
  align(v.a, v.b);
  const cold = performance.now() - t;
  // Let the JIT settle first: the view aligns many pairs in one session, so steady state is what counts.
  for (let k = 0; k < WARMUP; k++) align(v.a, v.b);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let k = 0; k < runs; k++) {
    t = performance.now();
    align(v.a, v.b);
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((x, y) => x - y);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  const cpuMs = Math.round(((cpu.user + cpu.system) / 1000 / runs) * 10) / 10;
  return { cold: Math.round(cold * 10) / 10, median: at(0.5), p95: at(0.95), cpu: cpuMs };
}

/** The bench section: alignment time of two 30,000-character reports against the 50 ms target. */
export async function compareSection(runs = 31): Promise<{ name: string; rows: CompareRow[]; json: Record<string, unknown> }> {
  const rows: CompareRow[] = [];
  const medians: number[] = [], cpus: number[] = [];
  for (const seed of [3, 11]) {
    const v = variantPair(seed);
    const time = timeRuns(v, runs);
    const p = pairSections(v.a, v.b);
    const outcome = scorePairing(v, p.toB, p.toA);
    medians.push(time.median);
    cpus.push(time.cpu);
    rows.push({
      pair: `variant seed ${seed}`, charsA: chars(v.a), charsB: chars(v.b), sectionsA: v.a.outline.length, sectionsB: v.b.outline.length,
      coldMs: time.cold, medianMs: time.median, p95Ms: time.p95, cpuMsPerRun: time.cpu, pairedCorrectly: `${outcome.correct}/${outcome.judged}`, falsePairs: outcome.falsePairs,
    });
  }
  const worst = Math.max(...medians);
  return { name: 'compare (align two 30,000-char reports)', rows, json: { alignMedianMs: worst, alignCpuMs: Math.max(...cpus), targetMs: COMPARE_TARGET_MS, pass: worst <= COMPARE_TARGET_MS } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await compareSection();
  console.table(section.rows);
  console.log(JSON.stringify({ compare: section.json }));
}
