// Markdown export of an alignment and the `compare` command line (JSON rows as DESIGN.md describes,
// the same alignment the view shows).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, toMarkdown } from '../../src/compare/index';
import { FIXTURES, SEEDS, parsedSeed } from '../support/variants';

const ROOT = join(import.meta.dirname, '../..');
const a = parsedSeed(SEEDS[0]!), b = parsedSeed(SEEDS[3]!);

describe('toMarkdown', () => {
  it('writes one table line per row and lists every change', () => {
    const al = align(a, b);
    const md = toMarkdown(al, a, b);
    const table = md.split('\n').filter((l) => l.startsWith('| '));
    expect(table.length).toBe(al.rows.length + 2); // header and separator lines
    expect(md).toContain(`左:${a.title}`);
    expect(md).toMatch(/\| 2018年工作回顾 \| 一 2019年工作回顾 \| \d+% \| 对应 \|/);
    const listed = md.split('## 变化')[1]!.split('\n').filter((l) => l.startsWith('- '));
    expect(listed.length).toBe(al.changes.length);
  });

  it('keeps a title with a pipe or line break inside its cell', () => {
    const odd = { ...a, outline: a.outline.map((h, i) => (i === 1 ? { ...h, title: 'A|B\nC' } : h)) };
    const md = toMarkdown(align(odd, b), odd, b);
    expect(md).toContain('A\\|B C');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length).toBe(6);
  });
});

describe('npm run compare', () => {
  const run = (...files: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/compare.ts', ...files], { cwd: ROOT, encoding: 'utf8' });

  it('prints the rows of the alignment as JSON', () => {
    const out = run(join(FIXTURES, `${SEEDS[0]}.txt`), join(FIXTURES, `${SEEDS[3]}.txt`));
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as { rows: Array<{ left: unknown; right: unknown; score: number; kind: string }>; planVsDelivery?: unknown };
    const al = align(a, b);
    expect(json.rows.length).toBe(al.rows.length);
    json.rows.forEach((row, i) => {
      for (const side of [row.left, row.right]) {
        if (side !== null) expect(Object.keys(side as object).sort()).toEqual(['level', 'number', 'title']);
      }
      expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.score).toBeLessThanOrEqual(1);
      expect(row.kind).toBe(al.rows[i]!.kind);
      expect((row.left as { title: string } | null)?.title ?? null).toBe(al.rows[i]!.left?.title ?? null);
    });
    expect(json.planVsDelivery).toBeDefined();
  });

  it('explains a missing file and exits 1; wrong arguments exit 2', () => {
    const missing = run(join(FIXTURES, `${SEEDS[0]}.txt`), join(FIXTURES, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout).errors[0].fileName).toBe('nope.txt');
    expect(run(join(FIXTURES, `${SEEDS[0]}.txt`)).status).toBe(2);
  });
});
