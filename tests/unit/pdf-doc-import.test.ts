// PDF and Word 97 files made by LibreOffice from reports with gold files (tests/fixtures/pdf/build.mjs:
// GB/T 9704-like layout, running headers, page-number footers, first-line indents, heading fonts)
// must parse like the text they were made from: outline F1 >= 0.95 against the gold file, and the
// same metadata and figures as the text version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/report';
import { parseFile } from '../../src/parse/parse-file';
import { META_FIELDS, scoreReport, summarise, titleKey, type Gold } from '../../src/cli/score';

const FIX = join(import.meta.dirname, '../fixtures');

/** Each converted file, the text it was made from and that report's gold file. */
const CASES: [file: string, source: string, gold: string][] = [
  ['000-yiwu.pdf', '000_19b4022d2904f987.txt', 'gold/000_19b4022d2904f987.json'],
  ['000-yiwu.doc', '000_19b4022d2904f987.txt', 'gold/000_19b4022d2904f987.json'],
  ['001-yingtan.pdf', '001_da7eefc472fc5678.txt', 'gold/001_da7eefc472fc5678.json'],
  ['h4-shuangqiao.pdf', 'holdout4/承德市双桥区2023年政府工作报告.txt', 'holdout4/gold/承德市双桥区2023年政府工作报告.json'],
  ['h4-shuangqiao.doc', 'holdout4/承德市双桥区2023年政府工作报告.txt', 'holdout4/gold/承德市双桥区2023年政府工作报告.json'],
  ['h3-beihai.pdf', 'holdout3/h3_08_beihai_cppcc_2021.txt', 'holdout3/gold/h3_08_beihai_cppcc_2021.json'],
  ['h5-hanting.doc', 'holdout5/npc-hanting-2024.txt', 'holdout5/gold/npc-hanting-2024.json'],
];

async function parsed(path: string, name: string): Promise<ParsedReport> {
  const r = await parseFile(readFileSync(path), name);
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return r.report;
}

const figureKeys = (r: ParsedReport) => r.figures.map((f) => `${f.value}${f.unit}`);
const meta = (r: ParsedReport) => Object.fromEntries(META_FIELDS.map((f) => {
  const v = (r as unknown as Record<string, unknown>)[f];
  return [f, typeof v === 'string' ? titleKey(v) : v];
}));

describe('PDF and .doc exports of gold reports parse like their text', () => {
  for (const [file, source, gold] of CASES) {
    it(file, { timeout: 60_000 }, async () => {
      const report = await parsed(join(FIX, 'pdf', file), file);
      const text = await parsed(join(FIX, source), source.split('/').pop()!);
      expect(report.format).toBe(file.endsWith('.pdf') ? 'pdf' : 'doc');
      const score = summarise([scoreReport(report, JSON.parse(readFileSync(join(FIX, gold), 'utf8')) as Gold)]);
      expect(score.outlineF1, JSON.stringify(scoreReport(report, JSON.parse(readFileSync(join(FIX, gold), 'utf8')) as Gold))).toBeGreaterThanOrEqual(0.95);
      expect(meta(report)).toEqual(meta(text));
      expect(figureKeys(report)).toEqual(figureKeys(text));
    });
  }
});
