// Worst-case part of the parse bench: each adversarial shape of ./worst-shapes at full size through
// parseReport (seconds, MB/s, the stage that took most), and the two reported inputs through
// one real CLI call each. Target: at least 1 MB/s for every shape. Run alone: `npx tsx src/cli/bench-worst.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReport } from '../parse/index';
import { detectFormat } from '../parse/format';
import { extract } from '../parse/extract';
import { clean } from '../parse/clean';
import { buildOutline } from '../parse/outline';
import { extractMetadata } from '../parse/metadata';
import { extractFigures } from '../parse/figures';
import type { BenchRow, BenchSection } from './bench-parse';
import { DEFAULT_BYTES, MB, SHAPE_BYTES, SHAPES, type Shape } from './worst-shapes';

const TARGET_MB_PER_S = 1;
/** The two inputs, timed as a user runs them: `npm run --silent parse -- FILE`. */
const CLI_SHAPES = ['furniture.txt', 'numbered.txt'];
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** The stage that took the most time, in a second, staged run (parse/index.ts's steps one by one). */
function slowestStage(bytes: Uint8Array, name: string): string {
  const ms: Record<string, number> = {};
  let t = performance.now();
  const lap = (k: string) => { const now = performance.now(); ms[k] = now - t; t = now; };
  const format = detectFormat(name, bytes);
  if (!format.ok) return 'refused';
  const ex = extract(format.format, bytes); lap('extract');
  if (!ex.ok) return 'refused';
  const cleaned = clean(ex.blocks); lap('clean');
  const { paragraphs, outline } = buildOutline(cleaned.blocks); lap('outline');
  extractMetadata({ paragraphs, outline, removed: cleaned.removed, fileName: name }); lap('metadata');
  extractFigures(paragraphs, outline); lap('figures');
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  const [stage, most] = Object.entries(ms).sort((a, b) => b[1] - a[1])[0]!;
  return `${stage} ${Math.round((100 * most) / total)}%`;
}

interface ShapeTiming { shape: Shape; mb: number; seconds: number; cpuSeconds: number; ok: boolean; note: string }

const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

function timeShape(shape: Shape): ShapeTiming {
  parseReport(shape.build(64 * 1024), shape.fileName); // warm the JIT on the same shape
  const bytes = shape.build(SHAPE_BYTES[shape.fileName] ?? DEFAULT_BYTES);
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const r = parseReport(bytes, shape.fileName);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - c0;
  const note = r.ok ? `${r.report.paragraphs.length} paragraphs, ${r.report.outline.length} headings; slowest stage ${slowestStage(bytes, shape.fileName)}` : r.error;
  return { shape, mb: bytes.length / MB, seconds, cpuSeconds: cpu, ok: r.ok, note };
}

/**
 * Wall and CPU seconds of one CLI call on the shape written to a file, output discarded (the JSON is
 * still built and written). CPU time is read by bash's `time`: a busy machine stretches only the wall clock.
 */
function timeCli(shape: Shape, dir: string): { seconds: number; cpuSeconds: number } {
  const file = join(dir, shape.fileName);
  writeFileSync(file, shape.build(SHAPE_BYTES[shape.fileName] ?? DEFAULT_BYTES));
  const t0 = performance.now();
  const script = `TIMEFORMAT='%3U %3S'; time npm run --silent parse -- "$1" > /dev/null`;
  const run = spawnSync('bash', ['-c', script, 'bash', file], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`parse CLI failed on ${shape.fileName} (exit ${run.status}): ${run.stderr.slice(-300)}`);
  const [user = 0, system = 0] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, cpuSeconds: user + system };
}

export function worstSection(): BenchSection {
  const timings = SHAPES.map(timeShape);
  const rows: BenchRow[] = timings.map((t) => ({
    shape: t.shape.name, file: t.shape.fileName, mb: round(t.mb), seconds: round(t.seconds), mbPerS: round(t.mb / t.seconds),
    cpuMbPerS: round(t.mb / t.cpuSeconds), note: t.note,
  }));
  const dir = mkdtempSync(join(tmpdir(), 'zb-worst-'));
  const cli: Record<string, { seconds: number; cpuSeconds: number }> = {};
  try {
    for (const name of CLI_SHAPES) {
      const shape = SHAPES.find((s) => s.fileName === name)!;
      const t = timeCli(shape, dir);
      cli[name] = { seconds: round(t.seconds, 1), cpuSeconds: round(t.cpuSeconds, 1) };
      rows.push({
        shape: `CLI: npm run --silent parse -- ${name}`, file: name, mb: round((SHAPE_BYTES[name] ?? DEFAULT_BYTES) / MB), seconds: cli[name].seconds,
        mbPerS: '', cpuMbPerS: '', note: `one process (start, parse, JSON out): ${cli[name].cpuSeconds} s CPU`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const shapes = Object.fromEntries(timings.map((t) => [t.shape.fileName,
    { mb: round(t.mb), seconds: round(t.seconds), mbPerS: round(t.mb / t.seconds), cpuMbPerS: round(t.mb / t.cpuSeconds), ok: t.ok }]));
  // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
  const minMbPerS = Math.min(...timings.map((t) => round(t.mb / t.seconds)));
  const minCpuMbPerS = Math.min(...timings.map((t) => round(t.mb / t.cpuSeconds)));
  return { name: 'parse: worst cases', rows, json: { shapes, minMbPerS, minCpuMbPerS, targetMbPerS: TARGET_MB_PER_S, cliSeconds: cli, targetCliSeconds: 10 } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = worstSection();
  console.table(section.rows);
  console.log(JSON.stringify({ worst: section.json }));
}
