// `npm run bench [-- SECTION...]`: runs the benchmark sections (all by default, or those named),
// prints each as a table for people and, LAST, one JSON line merging every section's figures:
// {"parse":{...},"search":{...},...}. A section is a named async function returning rows + JSON;
// add one by adding an entry to SECTIONS. A failing section is reported and the others still run.
import type { BenchRow, BenchSection } from './bench-parse';

type SectionRunner = () => Promise<BenchSection>;

/** Loaded lazily so a section's heavy dependencies (vite, Chromium) load only when it runs. */
const SECTIONS: Record<string, SectionRunner> = {
  parse: async () => (await import('./bench-parse')).parseSection(),
  search: async () => (await import('./bench-search')).searchSection(),
  compare: async () => (await import('./bench-compare')).compareSection(),
  size: async () => (await import('./bench-size')).sizeSection(),
  trends: async () => (await import('./bench-trends')).trendsSection(),
  dataset: async () => (await import('./bench-dataset')).datasetSection(),
  ocr: async () => {
    // One page image read in Node by the engine, then the same through the built app in Chromium.
    const node = await (await import('./bench-ocr')).ocrSection();
    const app = await (await import('./bench-ocr-app')).ocrAppSection();
    const rows = [...node.rows, ...app.rows.map((r) => ({ data: `Chromium: ${String(r.metric)}`, sPerPage: r.value ?? '' }))];
    return { name: `${node.name}; ${app.name}`, rows, json: { ...node.json, chromium: app.json } };
  },
  searchApp: async () => (await import('./bench-search-app')).searchAppSection(),
  trendsApp: async () => (await import('./bench-trends-app')).trendsAppSection(),
  app: async () => {
    const result = await (await import('./bench-app')).benchApp();
    const rows = Object.entries(result).map(([metric, value]) => ({ metric, value: value as string | number }));
    return { name: 'import in Chromium', rows, json: { ...result } };
  },
};

function printTable(title: string, rows: BenchRow[]): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (v === undefined ? '' : String(v));
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => displayWidth(cell(r[c]))));
  const widths = columns.map(width);
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - displayWidth(c)))).join('  ');
  process.stdout.write(`\n== ${title} ==\n${line(columns)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(line(columns.map((c) => cell(r[c]))) + '\n');
}

/** Han characters take two columns in a terminal. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = asked.filter((a) => !(a in SECTIONS));
  if (unknown.length) {
    process.stderr.write(`unknown section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}\n`);
    process.exitCode = 2; // not process.exit(): output still draining into a pipe would be cut
    return;
  }
  const names = asked.length ? asked : Object.keys(SECTIONS);
  const merged: Record<string, unknown> = {};
  let failed = false;
  for (const name of names) {
    const t0 = performance.now();
    try {
      const section = await SECTIONS[name]!();
      printTable(`${section.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`, section.rows);
      for (const more of section.more ?? []) printTable(more.name, more.rows);
      merged[name] = section.json;
    } catch (err) {
      failed = true;
      const why = err instanceof Error ? err.message : String(err);
      process.stdout.write(`\n== ${name} ==\nsection failed: ${why}\n`);
      merged[name] = { error: why };
    }
  }
  process.stdout.write(JSON.stringify(merged) + '\n');
  process.exitCode = failed ? 1 : 0;
}

await main();
