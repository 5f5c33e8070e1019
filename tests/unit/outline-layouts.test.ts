// The same report laid out differently must give the same outline: hard-wrapped as a PDF copy
// at several widths, and with every paragraph flattened onto one line separated by spaces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';

const DIR = join(import.meta.dirname, '../fixtures');
const read = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');

function outline(text: string): string[] {
  const r = parseReport(new TextEncoder().encode(text), 'report.txt');
  if (!r.ok) throw new Error(r.error);
  return r.report.outline.map((h) => `${h.level} ${h.number ?? '-'} ${h.title}`);
}

function hardWrap(text: string, width: number): string {
  return text.split('\n').flatMap((raw) => {
    const line = raw.trim();
    const out: string[] = [];
    for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
    return out.length > 0 ? out : [''];
  }).join('\n');
}

describe('layouts of the same report', () => {
  for (const name of ['000_19b4022d2904f987', '001_da7eefc472fc5678', '004_f64846c7cd9f58cb']) {
    it(`${name} hard-wrapped at 28, 35 and 42 characters`, () => {
      const original = outline(read(name));
      expect(original.length).toBeGreaterThan(10);
      for (const width of [28, 35, 42]) expect(outline(hardWrap(read(name), width))).toEqual(original);
    });
  }

  it('a Markdown report hard-wrapped like a PDF copy', () => {
    const name = '003_26a1485d52dc385d';
    expect(outline(hardWrap(read(name), 36))).toEqual(outline(read(name)));
  });

  for (const name of ['001_da7eefc472fc5678', '004_f64846c7cd9f58cb']) {
    it(`${name} flattened onto one line`, () => {
      const lines = read(name).split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
      const body = lines.filter((l) => !/^(•|基本介紹|相關|熱門|聯絡|\||信息發布|發布日期)/u.test(l));
      expect(outline(body.join(' '))).toEqual(outline(body.join('\n')));
    });
  }
});
