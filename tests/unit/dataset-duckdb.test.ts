// The README's DuckDB queries, run on the dataset tables of the fixture reports: figures by category
// and year add up to the figures table, and a term's count by place matches counting it in the parsed
// reports directly through parseFile, as the command parses (so the sections table holds every
// report's whole text).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-file';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
let out: string;

/** The ```sql blocks of the README's dataset section, reading the tables from `dir`. */
function readmeQueries(dir: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## A dataset for any engine'), readme.indexOf('\n## ', readme.indexOf('## A dataset for any engine') + 5));
  return [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!.replaceAll("'out/", `'${dir}/`));
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjects();
  } finally {
    con.closeSync();
  }
}

const lines = (name: string) => readFileSync(join(out, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'zb-duck-'));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/dataset.ts', FIXTURES, '--out', out, '--jobs', '2'], { cwd: ROOT, encoding: 'utf8' });
  // The fixtures hold files made to fail (a locked PDF): the command must fail only files the parser
  // itself rejects, with the parser's reason, and write everything else.
  expect([0, 1], r.stderr).toContain(r.status);
  for (const e of lines('errors')) {
    const result = await parseFile(readFileSync(e.path as string), e.fileName as string);
    expect(result.ok ? 'parsed' : result.error, String(e.path)).toBe(e.reason);
  }
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the dataset in DuckDB', () => {
  it('README has the two example queries', () => {
    expect(readmeQueries(out)).toHaveLength(2);
  });

  it('figures by category and year add up to the figures of reports with a year', async () => {
    const rows = await query(readmeQueries(out)[0]!);
    const years = new Map(lines('reports').map((r) => [r.id, r.year]));
    const withYear = lines('figures').filter((f) => years.get(f.reportId) !== null);
    expect(rows.reduce((n, r) => n + Number(r.figures), 0)).toBe(withYear.length);
    expect(rows.some((r) => r.category === '提案' && r.unit === '件' && Number(r.total) > 0)).toBe(true);
    const first = rows.find((r) => r.category === '提案' && r.unit === '件')!;
    const sum = withYear.filter((f) => years.get(f.reportId) === Number(first.year) && f.category === '提案' && f.unit === '件').reduce((n, f) => n + (f.value as number), 0);
    expect(Number(first.total)).toBeCloseTo(sum, 3);
  }, 60_000);

  it("a term's count by place matches the parsed reports' own text", async () => {
    const rows = await query(readmeQueries(out)[1]!);
    const expected = new Map<string | null, number>();
    const seen = new Set<string>();
    const files = readdirSync(FIXTURES, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.'));
    for (const { name, parentPath } of files) {
      const bytes = readFileSync(join(parentPath, name));
      const result = await parseFile(new Uint8Array(bytes), name);
      if (!result.ok || seen.has(bytes.toString('base64'))) continue;
      seen.add(bytes.toString('base64'));
      const text = result.report.paragraphs.map((p) => p.text).join('\n');
      const n = text.split('提案').length - 1;
      expected.set(result.report.locality, (expected.get(result.report.locality) ?? 0) + n);
    }
    const got = new Map(rows.map((r) => [r.locality as string | null, Number(r.occurrences)]));
    for (const [place, n] of expected) expect(got.get(place) ?? 0, String(place)).toBe(n);
    expect([...got.values()].some((n) => n > 0)).toBe(true);
  }, 60_000);
});
