// Initial JavaScript size: builds the app into a temp dir and sums the gzip size of the entry
// script plus every chunk it imports statically (what the browser must load before first paint).
// Lazy chunks (opencc dictionaries, the worker, the parser fallback) are listed but not counted.
// Run alone: `npx tsx src/cli/bench-size.ts`; bench.ts calls sizeSection() as a section.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '../..');
export const INITIAL_JS_TARGET_KB = 120;

export interface SizeRow { [column: string]: string | number }

const gzKb = (bytes: Buffer) => Math.round(gzipSync(bytes, { level: 9 }).byteLength / 102.4) / 10;

/** Chunks a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(code: string, from: string): string[] {
  const specs = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => posix.normalize(posix.join(posix.dirname(from), s)));
}

/** Entry scripts and modulepreloads named in index.html, followed through static imports. */
export function initialChunks(dist: string, html = readFileSync(join(dist, 'index.html'), 'utf8')): string[] {
  const queue = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(readFileSync(join(dist, file), 'utf8'), file));
  }
  return [...seen];
}

export function measureDist(dist: string): { initialKb: number; rows: SizeRow[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(initialChunks(dist, html));
  // Stylesheets linked from index.html load with the page; the others come with their lazy chunk.
  const linkedCss = new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map((m) => m[1]!));
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css')).map((f) => `assets/${f}`);
  const rows = all.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { chunk: file.replace(/-[\w-]{8}\.(js|css)$/, '.$1'), loaded: initial.has(file) ? 'initial' : linkedCss.has(file) ? 'initial (css)' : file.endsWith('.css') ? 'lazy (css)' : 'lazy', rawKb: Math.round(bytes.byteLength / 102.4) / 10, gzipKb: gzKb(bytes) };
  }).sort((a, b) => a.loaded.localeCompare(b.loaded) || b.gzipKb - a.gzipKb);
  const initialKb = Math.round(rows.filter((r) => r.loaded === 'initial').reduce((n, r) => n + r.gzipKb, 0) * 10) / 10;
  return { initialKb, rows };
}

/** The bench section: a fresh production build, initial JS gzip against the 120 KB target. */
export async function sizeSection(): Promise<{ name: string; rows: SizeRow[]; json: Record<string, unknown> }> {
  const dir = mkdtempSync(join(tmpdir(), 'zb-bench-size-'));
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
    const { initialKb, rows } = measureDist(dir);
    rows.push({ chunk: 'initial JavaScript total', loaded: `target <= ${INITIAL_JS_TARGET_KB} KB`, rawKb: '', gzipKb: initialKb });
    return { name: 'initial JS size (gzip)', rows, json: { initialJsGzipKb: initialKb, targetKb: INITIAL_JS_TARGET_KB, pass: initialKb <= INITIAL_JS_TARGET_KB } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await sizeSection();
  console.table(section.rows);
  console.log(JSON.stringify({ size: section.json }));
}
