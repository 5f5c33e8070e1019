// The in-app export of the library's tables: a zip of reports/sections/figures as JSON Lines and as
// CSV with a BOM; the CSV and the JSON Lines hold the same rows, tables join, and a field the parser
// gains (here added to a figure) gets its column without the code knowing it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import type { ParsedReport } from '../../src/model/report';
import { parseCsv } from '../../src/trends/csv';
import { TablesBuilder, tablesFileName } from '../../src/trends/table-export';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function reports(): { id: string; fileName: string; size: number; report: ParsedReport }[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((name, i) => {
    const bytes = readFileSync(join(FIXTURES, name));
    const r = parseReport(new Uint8Array(bytes), name);
    if (!r.ok) throw new Error(r.error);
    return { id: String(i).repeat(64).slice(0, 64), fileName: name, size: bytes.byteLength, report: r.report };
  });
}

function unpack(zip: Uint8Array) {
  const files = unzipSync(zip);
  const jsonl = (t: string) => strFromU8(files[`${t}.jsonl`]!).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  // TextDecoder drops a BOM unless told not to: the test must see the bytes as a spreadsheet does.
  const csv = (t: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[`${t}.csv`]!);
  return { names: Object.keys(files).sort(), jsonl, csv };
}

describe('library tables export', () => {
  const input = reports();
  // A field some later parser adds to every second figure: it must reach both formats.
  input[0]!.report.figures.forEach((f, i) => { if (i % 2) (f as unknown as Record<string, unknown>).role = 'result'; });
  const builder = new TablesBuilder();
  input.forEach((r) => builder.add(r));
  const { names, jsonl, csv } = unpack(builder.zip());

  it('holds the three tables as JSON Lines and CSV', () => {
    expect(names).toEqual(['figures.csv', 'figures.jsonl', 'reports.csv', 'reports.jsonl', 'sections.csv', 'sections.jsonl']);
    expect(tablesFileName(new Date('2026-03-04T10:00:00Z'))).toBe('zhengbao-tables-2026-03-04.zip');
  });

  it('gives each table the same rows in both formats, CSV with a BOM and a header of every field', () => {
    for (const t of ['reports', 'sections', 'figures']) {
      const text = csv(t);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text);
      const lines = jsonl(t);
      expect(rows).toHaveLength(lines.length);
      expect(rows.every((r) => r.length === header!.length)).toBe(true);
      const idCol = header!.indexOf(t === 'reports' ? 'id' : 'reportId');
      expect(rows.map((r) => r[idCol])).toEqual(lines.map((l) => l[t === 'reports' ? 'id' : 'reportId']));
    }
    expect(builder.counts().reports).toBe(input.length);
  });

  it('keeps the parser fields, categories and whole texts, and the tables join', () => {
    const reportsRows = jsonl('reports');
    const ids = new Set(reportsRows.map((r) => r.id));
    const figures = jsonl('figures');
    const sections = jsonl('sections');
    expect(figures.every((f) => ids.has(f.reportId) && typeof f.category === 'string')).toBe(true);
    expect(sections.every((s) => ids.has(s.reportId))).toBe(true);
    for (const { id, report } of input) {
      const rr = reportsRows.find((r) => r.id === id)!;
      expect(rr).toMatchObject({ title: report.title, locality: report.locality, figureCount: report.figures.length });
      const text = sections.filter((s) => s.reportId === id).map((s) => s.text).join('\n');
      expect(text).toBe(report.paragraphs.map((p) => p.text).join('\n'));
    }
    const [header, ...rows] = parseCsv(csv('figures'));
    const role = header!.indexOf('role');
    expect(role).toBeGreaterThan(-1);
    expect(rows.filter((r) => r[role] === 'result')).toHaveLength(figures.filter((f) => f.role === 'result').length);
    const pathCol = parseCsv(csv('sections'))[0]!.indexOf('path');
    expect(JSON.parse(parseCsv(csv('sections'))[2]![pathCol]!)).toEqual(sections[1]!.path);
  });
});
