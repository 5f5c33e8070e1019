// Metadata from report headers in both scripts: title, body, kind, locality, session, dates,
// speaker and post, review and plan years, and what must not be taken for them.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/parse/metadata';
import type { Heading } from '../../src/model/report';

const meta = (lines: string[], removed: string[] = [], outline: Heading[] = []) =>
  extractMetadata({ paragraphs: lines.map((text) => ({ text })), outline, removed, fileName: 'x.txt' });

const BODY = '一年来，市政协围绕中心、积极建言，交办提案302件。';

describe('a simplified CPPCC report with a web byline', () => {
  const m = meta([
    '您当前的位置 : 中国义乌网>义乌新闻>政务 正文',
    '中国人民政治协商会议第十三届义乌市委员会常务委员会工作报告',
    '发布时间: 2019-01-23 09:26:19 来源: 中国义乌网·义乌商报 作者: 义乌市政协主席 葛国庆',
    '各位委员、同志们:',
    '2018年工作回顾', BODY, '2019年工作任务', BODY,
  ]);
  it('reads every field', () => {
    expect(m).toMatchObject({
      title: '中国人民政治协商会议第十三届义乌市委员会常务委员会工作报告', body: 'cppcc', kind: 'work-report',
      locality: '义乌市', session: '第十三届', meetingDate: null, publishDate: '2019-01-23',
      speaker: '葛国庆', speakerPost: '义乌市政协主席', reviewYear: 2018, planYear: 2019,
    });
    expect(m.warnings).toEqual([]);
  });
});

describe('a traditional report whose byline names a newspaper', () => {
  const m = meta([
    '中國人民政治協商會議鷹潭市第十屆委員會常務委員會工作報告',
    '發布日期:2023-02-10 14:00 信息來源:鷹潭日報市政協主席 黃 云',
    '各位委員,各位同志:', '一、2022年工作回顧', '二、2023年工作安排',
  ]);
  it('keeps the newspaper out of the post and the space out of the name', () => {
    expect(m).toMatchObject({ speaker: '黃云', speakerPost: '市政協主席', publishDate: '2023-02-10', locality: '鷹潭市', session: '第十屆' });
    expect(m).toMatchObject({ reviewYear: 2022, planYear: 2023, body: 'cppcc' });
  });
});

describe('a report without a title line', () => {
  const m = meta([
    '(2023年2月2日在義烏市第十六屆人民代表大會第二次會議上)',
    '義烏市人民代表大會常務委員會主任 丁政',
    '各位代表:', '一、過去一年的主要工作', BODY, '二、2023年的主要任務', BODY,
  ], ['GMT+8, 2024-10-24 03:22']);
  it('does not invent a title and says so', () => {
    expect(m.title).toBeNull();
    expect(m.warnings.map((w) => w.code)).toContain('no-title');
    expect(m.warnings.map((w) => w.message).join()).toMatch(/标题/);
  });
  it('reads body, place and session from the meeting line and the post', () => {
    expect(m).toMatchObject({ body: 'npc', locality: '義烏市', session: '第十六屆', meetingDate: '2023-02-02' });
    expect(m).toMatchObject({ speaker: '丁政', speakerPost: '義烏市人民代表大會常務委員會主任' });
  });
  it('takes 过去一年 as the year before the plan and ignores forum timestamps', () => {
    expect(m).toMatchObject({ reviewYear: 2022, planYear: 2023, publishDate: null });
  });
});

describe('a title split over two markdown headings', () => {
  const m = meta([
    '# 中国人民政治协商会议', '## 第四届衢州市柯城区委员会常务委员会工作报告(摘要)',
    '2020年4月20日在政协第四届衢州市柯城区委员会第四次会议上', '区政协主席 徐连土', '### 一、2019年工作回顾',
  ]);
  it('joins the title and keeps city and district together', () => {
    expect(m.title).toBe('中国人民政治协商会议第四届衢州市柯城区委员会常务委员会工作报告(摘要)');
    expect(m).toMatchObject({ locality: '衢州市柯城区', session: '第四届', meetingDate: '2020-04-20', speaker: '徐连土', speakerPost: '区政协主席' });
  });
  it('infers the plan year from the review year and the spring meeting', () => {
    expect(m).toMatchObject({ reviewYear: 2019, planYear: 2020 });
  });
});

describe('a half-year summary with an info box', () => {
  const m = meta([
    '臨安市政協2012年上半年工作總結與下半年工作打算', '基本介紹', '中文名:臨安市政協2012年上半年工作總結與下半年工作打算',
    '時間:2012年', '編者按:', '杭州市政協主席葉明和市委書記邵毅到政協調研,對市政協工作給予了充分肯定。',
    '上半年工作總結', BODY, '下半年工作打算',
  ]);
  it('reads the half year and finds no speaker in the body text', () => {
    expect(m).toMatchObject({ kind: 'half-year', reviewYear: 2012, planYear: 2012, locality: '臨安市', body: 'cppcc' });
    expect(m).toMatchObject({ speaker: null, speakerPost: null, session: null, publishDate: null });
  });
});

describe('other bodies and forms', () => {
  it('recognises a government work report with a Chinese-numeral date', () => {
    const m = meta(['政府工作报告', '——二〇二三年一月十日在金华市第八届人民代表大会第三次会议上', '金华市市长 邢志宏', '各位代表：', '一、2022年工作回顾']);
    expect(m).toMatchObject({ title: '政府工作报告', body: 'government', meetingDate: '2023-01-10', speaker: '邢志宏', speakerPost: '金华市市长' });
    expect(m).toMatchObject({ locality: '金华市', session: '第八届', reviewYear: 2022, planYear: 2023 });
  });
  it('strips a site name appended to the title and finds the publish date among removed lines', () => {
    const m = meta(['磐安县人大常委会工作报告_磐安新闻网', BODY], ['发布日期：2021年3月5日']);
    expect(m).toMatchObject({ title: '磐安县人大常委会工作报告', body: 'npc', locality: '磐安县', publishDate: '2021-03-05' });
  });
  it('reads part headings from the outline when there is one', () => {
    const h = (title: string, para: number): Heading => ({ level: 1, number: null, title, para, span: [para, para + 1], source: 'part' });
    const m = meta(['某某县政协常委会工作报告', BODY, BODY], [], [h('2016年工作回顾', 1), h('2017年工作建议', 2)]);
    expect(m).toMatchObject({ reviewYear: 2016, planYear: 2017 });
  });
  it('does not take a long body sentence opening with a year for a part heading', () => {
    const m = meta(['某某市政协工作报告', '2018年是全面贯彻中共十九大精神的开局之年，是改革开放40周年。']);
    expect(m).toMatchObject({ reviewYear: null, planYear: null, kind: 'work-report' });
  });
  it('does not take a part heading for the title', () => {
    expect(meta(['2019年工作安排', BODY]).title).toBeNull();
  });
  it('cuts a subtitle after —— and reads a meeting written after the place', () => {
    const m = meta(['关于2022年全市国民经济和社会发展计划执行情况的报告——在永康市第十届人民代表大会第三次会议上(2023年1月12日)', BODY]);
    expect(m.title).toBe('关于2022年全市国民经济和社会发展计划执行情况的报告');
    expect(m).toMatchObject({ meetingDate: '2023-01-12', locality: '永康市', session: '第十届' });
  });
  it('does not take a meeting time for a publication date', () => {
    expect(meta(['某某市政协常委会工作报告', '会议时间：2023-02-02', BODY]).publishDate).toBeNull();
    expect(meta(['某某市政协常委会工作报告', '發佈於 2023/02/03', BODY]).publishDate).toBe('2023-02-03');
  });
  it('does not take officials named in body text for the speaker', () => {
    const m = meta(['某某市政协常委会工作报告', '市政协主席张三、副主席李四出席会议并讲话。', BODY]);
    expect(m).toMatchObject({ speaker: null, speakerPost: null });
  });
  it('reads a bare year heading as the review year when a plan year follows', () => {
    const m = meta(['某某县人大常委会工作报告', '一、2021年主要工作', BODY, '二、2022年工作总体要求和主要任务', BODY]);
    expect(m).toMatchObject({ reviewYear: 2021, planYear: 2022 });
  });
  it('recognises a party committee report', () => {
    expect(meta(['中共某某县纪委常委会工作报告', BODY]).body).toBe('party');
  });
  it('reads bylines padded with wide spaces', () => {
    const m = meta(['某某县人民代表大会常务委员会工作报告', '县人大常委会主任  李  明', '各位代表：']);
    expect(m).toMatchObject({ speaker: '李明', speakerPost: '县人大常委会主任' });
  });
  it('reads part headings with years in Chinese digits', () => {
    const m = meta(['某某县政协常委会工作报告', '一、二〇二二年工作回顾', BODY, '二、二〇二三年工作安排']);
    expect(m).toMatchObject({ reviewYear: 2022, planYear: 2023 });
  });
  it('reads titles typeset with spaces or a year suffix, and full-width dates', () => {
    const spaced = meta(['政 府 工 作 报 告', '——２０２３年１月１０日在某某市第八届人民代表大会第三次会议上', '各位代表：']);
    expect(spaced).toMatchObject({ title: '政府工作报告', meetingDate: '2023-01-10' });
    expect(meta(['某某区政协常委会工作报告（2023年）', BODY]).title).toBe('某某区政协常委会工作报告（2023年）');
  });
  it('reads both years from a title that names both parts', () => {
    const m = meta(['义乌市人大常委会2020年工作总结和2021年工作思路', BODY]);
    expect(m).toMatchObject({ reviewYear: 2020, planYear: 2021, kind: 'work-report' });
  });
  it('does not take a completed-work heading for the plan', () => {
    const m = meta(['某某县政协常委会工作报告', '一、2022年重点工作完成情况', BODY, '二、2023年工作安排']);
    expect(m).toMatchObject({ reviewYear: 2022, planYear: 2023 });
  });
  it('keeps the meeting out of a post glued to it', () => {
    const m = meta(['政府工作报告', '——2023年1月10日在某某市第八届人民代表大会第三次会议上某某市市长 张三', '各位代表：']);
    expect(m).toMatchObject({ speaker: '张三', speakerPost: '某某市市长' });
  });
});
