// The command-line tools write their whole output into a real pipe whose reader is slow: a pipe holds
// 64 KB, so a tool that exits before stdout drains (process.exit) leaves truncated JSON behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const DIR = mkdtempSync(join(tmpdir(), 'zb-pipe-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Every report file of the seed and hold-out sets: the parse output runs to several hundred KB. */
function reportFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['', 'holdout', 'holdout3', 'holdout4', 'holdout5']) {
    for (const name of readdirSync(join(FIXTURES, dir), { withFileTypes: true })) {
      if (name.isFile() && !name.name.endsWith('.json')) out.push(join(FIXTURES, dir, name.name));
    }
  }
  return out;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `tsx CLI ARGS | (sleep 1; cat > OUT)` in a shell: the reader starts only after the pipe has filled. */
function throughSlowPipe(cli: string, args: string[], out: string): { status: number | null; text: string; stderr: string } {
  const command = `${quote(process.execPath)} --import tsx ${quote(cli)} ${args.map(quote).join(' ')} | (sleep 1; cat > ${quote(out)})`;
  const run = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, text: readFileSync(out, 'utf8'), stderr: run.stderr };
}

describe('CLIs into a slow pipe', () => {
  const files = reportFiles();

  it('parse prints the whole JSON array, far over 64 KB', () => {
    const r = throughSlowPipe('src/cli/parse.ts', files, join(DIR, 'parse.json'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.text.length).toBeGreaterThan(4 * 64 * 1024);
    const reports = JSON.parse(r.text) as { fileName: string }[];
    expect(reports.map((x) => x.fileName)).toEqual(files.map((f) => f.split('/').pop()));
  }, 120_000);

  it('search prints every hit, and its exit code still says a file failed', () => {
    const r = throughSlowPipe('src/cli/search.ts', ['--query', '工作', ...files, join(FIXTURES, 'missing.txt')], join(DIR, 'search.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.text.length).toBeGreaterThan(64 * 1024);
    expect((JSON.parse(r.text) as unknown[]).length).toBeGreaterThan(100);
  }, 120_000);
});
