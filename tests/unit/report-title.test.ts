// Lists tell reports apart whose only title is generic: the place and year are added to it.
import { describe, expect, it } from 'vitest';
import { reportTitle, sameNamed } from '../../src/lib/report-title';

const base = { fileName: 'a.txt', locality: '平江县', meetingDate: '2024-01-10', reviewYear: 2023, planYear: 2024 };

describe('reportTitle', () => {
  it('adds place and year to a generic title', () => {
    expect(reportTitle({ ...base, title: '政府工作报告' })).toBe('政府工作报告（平江县 · 2024）');
    expect(reportTitle({ ...base, title: '政 府 工 作 报 告' })).toBe('政 府 工 作 报 告（平江县 · 2024）');
    expect(reportTitle({ ...base, title: '常务委员会工作报告', meetingDate: null })).toBe('常务委员会工作报告（平江县 · 2024）');
  });
  it('adds only the place when the generic title names its year', () => {
    expect(reportTitle({ ...base, title: '2024年政府工作报告' })).toBe('2024年政府工作报告（平江县）');
  });
  it('leaves a title that names its place or body in full as it is', () => {
    expect(reportTitle({ ...base, title: '平江县政府工作报告' })).toBe('平江县政府工作报告');
    expect(reportTitle({ ...base, title: '安吉县人民代表大会常务委员会工作报告' })).toBe('安吉县人民代表大会常务委员会工作报告');
  });
  it('falls back to the file name, and says nothing it does not know', () => {
    expect(reportTitle({ ...base, title: null })).toBe('a.txt');
    // A work report that opens with its meeting line is named by place, body and year, in its own script.
    expect(reportTitle({ ...base, title: null, body: 'npc', kind: 'work-report', script: 'traditional', locality: '義烏市' })).toBe('義烏市人大常委會工作報告（2024）');
    expect(reportTitle({ ...base, title: null, body: 'cppcc', kind: 'work-report', script: 'simplified' })).toBe('平江县政协常委会工作报告（2024）');
    expect(reportTitle({ ...base, title: null, body: 'cppcc', kind: 'half-year', script: 'simplified' })).toBe('a.txt');
    expect(reportTitle({ ...base, title: null, body: 'other', kind: 'work-report', script: 'simplified' })).toBe('a.txt');
    expect(reportTitle({ ...base, title: null, body: 'npc', kind: 'work-report', locality: null })).toBe('a.txt');
    expect(reportTitle({ ...base, title: '工作报告', locality: null, meetingDate: null, reviewYear: null, planYear: null })).toBe('工作报告');
  });
});

describe('sameNamed', () => {
  it('picks the reports another in the list shares its name with, as lists name them', () => {
    const list = [
      { ...base, id: 'txt', title: '义乌市政协工作报告' },
      { ...base, id: 'pdf', fileName: 'a.pdf', title: '义乌市政协工作报告' },
      { ...base, id: 'other', title: '平江县政府工作报告' },
      // Generic titles are told apart by place first: these two are named differently.
      { ...base, id: 'g1', title: '政府工作报告' },
      { ...base, id: 'g2', title: '政府工作报告', locality: '安吉县' },
    ];
    expect(sameNamed(list)).toEqual(new Set(['txt', 'pdf']));
    expect(sameNamed([])).toEqual(new Set());
  });
});
