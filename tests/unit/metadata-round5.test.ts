// Metadata rules learnt from the seventh hold-out (openings of half-year summaries of counties, towns
// and 街道, government reports set as file tables, compilations of 范文): each rule on its own.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/parse/metadata';

const meta = (lines: string[], removed: string[] = []) =>
  extractMetadata({ paragraphs: lines.map((text) => ({ text })), outline: [], removed, fileName: 'x.txt' });

describe('half-year years', () => {
  it('reads the year of a half-year title whose organ stands between the year and 半年', () => {
    expect(meta(['2024年縣政府半年工作總結', '一、關於上半年工作'])).toMatchObject({ kind: 'half-year', reviewYear: 2024, planYear: 2024 });
    expect(meta(['2021年某县政府上半年重点工作情况报告', '一、上半年工作情况'])).toMatchObject({ reviewYear: 2021, planYear: 2021 });
  });
  it('reads a half-year title whose year goes without 年', () => {
    expect(meta(['某镇2023上半年工作开展情况和下半年工作打算'])).toMatchObject({ kind: 'half-year', reviewYear: 2023, planYear: 2023 });
  });
  it('still lets a conjunction end the reach: the reviewed year of 工作总结和 a later half-year is not taken for it', () => {
    expect(meta(['某县政府2022年工作总结和2023年上半年工作打算']).reviewYear).toBe(2023);
  });
});

describe('body', () => {
  it('is the government for the short form 县政府 in a title', () => {
    expect(meta(['縣政府上半年工作總結及下半年工作安排']).body).toBe('government');
    expect(meta(['2021年某县政府上半年重点工作情况报告']).body).toBe('government');
  });
  it('leaves a line naming 人大 or the party committee beside 县政府 to those', () => {
    expect(meta(['某县人大常委会关于县政府专项审计情况的报告']).body).toBe('npc');
  });
});

describe('locality of paired organs', () => {
  it('is the place of 县委县政府 named together, without the second organ\'s short name', () => {
    expect(meta(['开化县委县政府2023年工作总结']).locality).toBe('开化县');
  });
});

describe('meeting line', () => {
  it('is read when a title block sets it on two lines', () => {
    const m = meta(['某区2025年政府工作报告', '2025年3月21日在某区第十九届', '人民代表大会第四次会议上', '某区人民政府代区长 王明', '各位代表：']);
    expect(m).toMatchObject({ meetingDate: '2025-03-21', session: '第十九届', reviewYear: 2024, planYear: 2025 });
  });
});

describe('publication date', () => {
  it('is read from a table row that sets the label and the date in cells apart', () => {
    expect(meta(['某区政府工作报告', '有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |', '各位代表：']).publishDate).toBe('2025-04-15');
  });
});

describe('speaker', () => {
  it('takes 向 for the surname it also is, but not 向大会', () => {
    expect(meta(['某区政府工作报告', '某区人民政府区长 向明华', '各位代表：'])).toMatchObject({ speaker: '向明华', speakerPost: '某区人民政府区长' });
    expect(meta(['某区政府工作报告', '区长 向大会 作报告']).speaker).toBeNull();
  });
});

describe('years', () => {
  it('reads a review heading that names the term before the year', () => {
    expect(meta(['政府工作报告', '各位代表：', '过去五年和2021年工作回顾'])).toMatchObject({ reviewYear: 2021, planYear: 2022 });
  });
  it('takes the year a government work report is named after for the year it plans, when nothing else tells', () => {
    expect(meta(['2023年某镇政府工作报告'])).toMatchObject({ reviewYear: 2022, planYear: 2023 });
    expect(meta(['某区2025年政府工作报告'])).toMatchObject({ reviewYear: 2024, planYear: 2025 });
    // Part headings still decide.
    expect(meta(['2023年某镇政府工作报告', '2023年工作回顾'])).toMatchObject({ reviewYear: 2023, planYear: 2024 });
  });
});

describe('title', () => {
  it('drops the number a compilation gives each report', () => {
    expect(meta(['第1篇 区人大常委会工作报告', '各位代表：']).title).toBe('区人大常委会工作报告');
  });
  it('ends in 设想 or 谋划 too', () => {
    expect(meta(['某镇2023年上半年工作总结及2023年下半年工作设想', '2023年工作情况'])).toMatchObject({
      title: '某镇2023年上半年工作总结及2023年下半年工作设想', kind: 'half-year', reviewYear: 2023, planYear: 2023 });
    expect(meta(['某市政协2023年上半年工作总结和下半年工作谋划']).title).toBe('某市政协2023年上半年工作总结和下半年工作谋划');
  });
  it('may carry a short note in brackets', () => {
    expect(meta(['2022年上半年政府工作报告(镇乡)', '各位代表：']).title).toBe('2022年上半年政府工作报告(镇乡)');
  });
  it('may name a 街道 as its organ', () => {
    expect(meta(['某街道2022年半年度工作总结']).title).toBe('某街道2022年半年度工作总结');
    expect(meta(['街道2021年工作总结暨2022年工作计划'])).toMatchObject({ title: '街道2021年工作总结暨2022年工作计划', reviewYear: 2021, planYear: 2022 });
  });
});

describe('locality', () => {
  it('is no 届 number before the short name of the organ', () => {
    expect(meta(['工作报告', '各位委员：', '现在，我代表十届市政协常务委员会，向大会报告工作，请予审议。']).locality).toBeNull();
  });
  it('is never taken from the opening sentence alone, which names the levels above in passing', () => {
    const m = meta(['某镇2023年上半年工作总结及下半年工作打算',
      '2023年，我镇认真贯彻上级精神，积极落实省委、市委、县委全会精神，以建设经济强镇为目标，推进各项工作，取得新的成效。']);
    expect(m.locality).toBeNull();
  });
  it('still lets the opening sentence complete the place with its city', () => {
    const m = meta(['金安区政协2022年上半年工作总结和下半年工作打算',
      '六安市金安区政协在区委的坚强领导下，坚持围绕中心、服务大局，扎实履行各项职能，各项工作取得新的成效，现总结如下。']);
    expect(m.locality).toBe('六安市金安区');
  });
});
