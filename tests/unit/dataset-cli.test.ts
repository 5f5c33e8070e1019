// The dataset command over a generated corpus: 2 jobs, killed mid-run, repaired and resumed; every
// line parses, ids are unique, tables join, a failure is listed; shards are disjoint and complete.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/cli/corpus';

const ROOT = join(import.meta.dirname, '../..');
// As its npm script starts it: bundled by the launcher (the workers too).
const CLI = ['src/cli/launch.mjs', 'dataset'];
let dir: string;
let input: string;
const expectedIds = new Set<string>();

type Line = Record<string, unknown>;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const table = (out: string, name: string): Line[] => {
  const text = readFileSync(join(out, `${name}.jsonl`), 'utf8');
  expect(text === '' || text.endsWith('\n'), `${name}.jsonl ends with a whole line`).toBe(true);
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
};
const run = (args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zb-dataset-'));
  input = join(dir, 'in');
  mkdirSync(join(input, 'a/b'), { recursive: true });
  const corpus = buildCorpus(300, 7);
  const zipped: Record<string, Uint8Array> = {};
  corpus.forEach((f, i) => {
    if (i % 5 === 0) zipped[`zip/${f.name}`] = f.bytes;
    else writeFileSync(join(input, i % 2 ? 'a' : 'a/b', f.name), f.bytes);
    expectedIds.add(sha(f.bytes));
  });
  writeFileSync(join(input, 'batch.zip'), zipSync(zipped));
  writeFileSync(join(input, 'a/scan.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in the background and kills it once some reports are written. */
async function killMidRun(out: string): Promise<void> {
  const child = spawn(process.execPath, [...CLI, input, '--out', out, '--jobs', '2'], { cwd: ROOT, stdio: 'ignore' });
  const reports = join(out, 'reports.jsonl');
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (existsSync(reports) && readFileSync(reports, 'utf8').split('\n').length > 40) break;
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
}

describe('npm run dataset', () => {
  it('is killed, resumed, and leaves whole lines, unique ids and tables that join', async () => {
    const out = join(dir, 'out');
    await killMidRun(out);
    const before = table(join(out), 'reports').length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(expectedIds.size);
    // What a kill between two writes can leave: a half line, and sections of a report never finished.
    const orphan = 'f'.repeat(64);
    appendFileSync(join(out, 'sections.jsonl'), `{"reportId":"${orphan}","index":0,"text":"x"}\n`);
    appendFileSync(join(out, 'figures.jsonl'), `{"reportId":"${orphan}","index":0,"te`);
    const second = run([input, '--out', out, '--jobs', '2']);
    expect(second.status, second.stderr).toBe(1);
    expect(second.stderr).toMatch(/already done/);
    const reports = table(out, 'reports');
    const ids = reports.map((r) => r.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(expectedIds);
    const byId = new Map(reports.map((r) => [r.id as string, r]));
    const sections = table(out, 'sections');
    const figures = table(out, 'figures');
    for (const s of sections) expect(byId.has(s.reportId as string)).toBe(true);
    const figureCount = new Map<string, number>();
    for (const f of figures) figureCount.set(f.reportId as string, (figureCount.get(f.reportId as string) ?? 0) + 1);
    for (const r of reports) expect(figureCount.get(r.id as string) ?? 0, r.path as string).toBe(r.figureCount);
    expect(figures.every((f) => typeof f.category === 'string' && typeof f.value === 'number' && typeof f.unit === 'string')).toBe(true);
    expect(reports.some((r) => String(r.path).includes('batch.zip/zip/'))).toBe(true);
    const errors = table(out, 'errors');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toContain('scan.png');
    expect(String(errors[0]!.reason)).toMatch(/文字识别|OCR/);

    const third = run([input, '--out', out, '--jobs', '2']);
    expect(third.status).toBe(1);
    expect(table(out, 'reports')).toHaveLength(reports.length);
    expect(table(out, 'errors')).toHaveLength(1);
  }, 240_000);

  it('splits the work into disjoint shards that together make the whole', () => {
    const sub = join(input, 'a/b');
    const parts = [1, 2, 3].map((k) => {
      const out = join(dir, `shard${k}`);
      expect(run([sub, '--out', out, '--jobs', '1', '--shard', `${k}/3`]).status).toBe(0);
      return table(out, 'reports').map((r) => r.id as string);
    });
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    const whole = join(dir, 'whole');
    expect(run([sub, '--out', whole, '--jobs', '2']).status).toBe(0);
    expect(new Set(all)).toEqual(new Set(table(whole, 'reports').map((r) => r.id as string)));
    expect(parts.every((p) => p.length > 0)).toBe(true);
  }, 240_000);

  it('refuses bad arguments with exit 2 and a sentence', () => {
    for (const args of [[input], ['--out', join(dir, 'x')], [input, '--out', join(dir, 'x'), '--jobs', '0'], [input, '--out', join(dir, 'x'), '--shard', '4/3'], [join(dir, 'nope'), '--out', join(dir, 'x')]]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage:/);
    }
  }, 60_000);
});
