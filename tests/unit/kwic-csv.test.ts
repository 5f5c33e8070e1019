// The concordance export: one row per occurrence with its report's title, years, place and body, the
// section path, the three context columns and the report id; text that a spreadsheet would run is inert.
import { describe, expect, it } from 'vitest';
import { kwicCsv, reportCells } from '../../src/worker/kwic-csv';
import { parseCsv } from '../../src/trends/csv';
import type { KwicLine } from '../../src/search/types';
import type { ReportSummary } from '../../src/store/types';

const summary = (id: string, over: Partial<ReportSummary>): ReportSummary => ({
  id, fileName: `${id}.txt`, title: null, body: 'cppcc', kind: 'work-report', locality: null, session: null, meetingDate: null,
  publishDate: null, reviewYear: null, planYear: null, script: 'simplified', size: 1, format: 'txt', importedAt: 0, parserVersion: 1,
  headings: 0, figures: 0, warnings: 0, corrected: false, ...over,
} as ReportSummary);

const line = (reportId: string, left: string, match: string, right: string, path: string[] = []): KwicLine => ({ reportId, para: 0, section: 0, path, left, match, right });
const header = ['报告', '回顾年份', '计划年份', '地区', '机构', '所在部分', '左侧', '命中', '右侧', '报告编号'];
const body = { cppcc: '政协', npc: '人大' };

describe('concordance CSV', () => {
  it('writes each occurrence with its report, section and context, in the order given', () => {
    const summaries = [
      summary('a', { title: '义乌市政协工作报告', locality: '义乌市', reviewYear: 2018, planYear: 2019 }),
      summary('b', { title: null, body: 'npc', locality: '義烏市', meetingDate: '2023-02-02', reviewYear: 2022, planYear: 2023, script: 'traditional' }),
    ];
    const csv = kwicCsv([line('b', '開展', '民主監督', '，助力', ['2022年工作回顧', '一、監督']), line('a', '加强', '民主监督', '。')], { header, reports: reportCells(summaries, body) });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      header,
      ['義烏市人大常委會工作報告（2023）', '2022', '2023', '義烏市', '人大', '2022年工作回顧 › 一、監督', '開展', '民主監督', '，助力', 'b'],
      ['义乌市政协工作报告', '2018', '2019', '义乌市', '政协', '', '加强', '民主监督', '。', 'a'],
    ]);
  });

  it('keeps a line of a report no longer listed, and makes formula-like context inert', () => {
    const rows = parseCsv(kwicCsv([line('gone', '=SUM(A1)', '监督', '-1+1,"x"')], { header, reports: [] }));
    expect(rows[1]).toEqual(['', '', '', '', '', '', "'=SUM(A1)", '监督', `'-1+1,"x"`, 'gone']);
  });
});
