// The search command: parses files, indexes them as the app does, prints hits best first.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../src/text/fold';

const ROOT = join(import.meta.dirname, '../..');
const FILES = ['000_19b4022d2904f987.txt', '001_da7eefc472fc5678.txt', '003_26a1485d52dc385d.txt'].map((f) => join(ROOT, 'tests/fixtures', f));

interface CliHit { fileName: string; id: string; score: number; section: string; snippet: string; para: number }

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/search.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run search', () => {
  it('prints hits best first with file name, sha256 id, score, section path and snippet', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/search.ts', '--query', '協商', ...FILES], { cwd: ROOT, encoding: 'utf8' });
    const hits = JSON.parse(out) as CliHit[];
    expect(hits.length).toBeGreaterThan(10);
    const ids = new Map(FILES.map((f) => [f.split('/').pop()!, createHash('sha256').update(readFileSync(f)).digest('hex')]));
    for (const h of hits) {
      expect(h.id).toBe(ids.get(h.fileName));
      expect(foldForMatch(h.snippet)).toContain('协商');
      expect(typeof h.section).toBe('string');
    }
    expect(new Set(hits.map((h) => h.fileName)).size).toBe(3);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits.some((h) => h.section.includes(' > '))).toBe(true);
  }, 60_000);

  it('reports an unreadable file, still prints the others, and exits 1', () => {
    const result = run(['--query', '政协', FILES[0]!, join(ROOT, 'tests/fixtures/missing.txt')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing.txt');
    expect((JSON.parse(result.stdout) as CliHit[]).length).toBeGreaterThan(0);
  }, 60_000);

  it('explains its usage when the query is missing', () => {
    const result = run(FILES.slice(0, 1));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage');
  }, 60_000);
});
