// Round 5 of the outline on unseen report text: a part heading under an address line, a comma
// heading typed before a space and its body, list items numbered on after a rejected first item,
// and document-site chunk numbers (1、-推荐- …) that are no heading numbers.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import { buildOutline } from '../../src/parse/outline';
import { parseReport } from '../../src/parse/index';

function parse(lines: string[]) {
  return buildOutline(clean(lines.map((text) => ({ text }))).blocks);
}
const shape = (lines: string[]) => parse(lines).outline.map((h) => `${h.level} ${h.number ?? '-'} ${h.title}`);

const P = (topic: string) => `${topic}工作扎实推进，组织委员开展调研视察，形成调研报告12篇，提出意见建议86条，多项建议被党委政府采纳。`;

describe('part headings', () => {
  it('takes a part heading whose first line below is an address (各位代表！)', () => {
    expect(shape([
      '某某市人民代表大会常务委员会工作报告', '各位代表：', '现在，我受常务委员会委托，向大会报告工作，请予审议。',
      '过去一年的主要工作', '各位代表！', P('过去一年'), P('五年来'),
      '今后一年的主要任务', P('新的一年'),
    ])).toEqual(['1 - 过去一年的主要工作', '1 - 今后一年的主要任务']);
  });
});

describe('numbered headings typed before a space and body text', () => {
  it('ends a heading of comma-joined clauses at the space before its body', () => {
    const r = parse([
      '某某区政协常务委员会工作报告', '各位委员：', '我受常务委员会的委托，向大会作工作报告，请予审议。', '三届政协工作的回顾', P('五年'),
      '一、围绕中心，服务大局，政治协商逐步规范 五年来，区政协重视研究政治协商的有效形式和方法，认真建言献策。',
      '（一）整体协商效果明显。' + P('协商'),
    ]);
    expect(r.outline.map((h) => `${h.level} ${h.number ?? '-'} ${h.title}`)).toEqual([
      '1 - 三届政协工作的回顾', '2 一 围绕中心，服务大局，政治协商逐步规范', '3 (一) 整体协商效果明显',
    ]);
    expect(r.paragraphs.map((p) => p.text)).toContain('五年来，区政协重视研究政治协商的有效形式和方法，认真建言献策。');
  });

  it('does not end a heading at a space after a digit or a comma', () => {
    const titles = parse([
      '一、主要工作', P('主要'),
      '（一）获得的荣誉', '1、获得2021 年度全市征兵工作先进单位，全市信访工作先进乡镇。', P('荣誉'),
      '（二）加强学习， 提高本领', P('学习'),
    ]).outline.map((h) => h.title);
    expect(titles).not.toContain('获得2021');
    expect(titles).not.toContain('加强学习');
  });
});

describe('numbered list items', () => {
  it('rejects the items numbered on, line after line, after a first item that is no heading', () => {
    expect(shape([
      '一、2022年度工作完成情况', P('全年'), '（一）获得的荣誉',
      '1、获得2021年度省卫生乡镇，2021年度全市征兵工作先进单位，2021年度全市信访工作先进乡镇，2021年度县五四红旗团委。',
      '2、在经济运行考核指标中取得“当月排名第一，上半年排名第三”。',
      '3、镇消防“一队一中心”在全市开展的督查中取得“在全县乡镇中排名第一”。',
      '（二）特色亮点', P('特色'),
    ])).toEqual(['1 一 2022年度工作完成情况', '2 (一) 获得的荣誉', '2 (二) 特色亮点']);
  });

  it('does not read document-site chunk numbers as headings', () => {
    expect(shape([
      '1、-精品范文推荐- 2008年街道办工作总结一年来，街道办事处在区党工委的正确领导下，全力加强社区建设，社区环境进一步改善。',
      '2、道办事处针对居民的这一强烈要求，切实担负起整治环境的责任，号召居民大搞爱国卫生运动，督导居民拆除了私搭乱建。',
      '3、路径，填补了这一社区健身器材的空白。投资130万元铺设了水泥路，取缔了欺街占道的自发市场。',
    ])).toEqual([]);
  });
});

describe('a part heading set as a year and a motto after a colon', () => {
  it('stands as a part heading, with the numbered headings under it', () => {
    const r = parseReport(new TextEncoder().encode(['某市政协常务委员会工作报告', '各位委员：', '我代表常务委员会，向大会报告工作，请予审议。',
      '回望2024：初心如磐担使命接续奋进谱新篇', '2024年，是人民政协成立75周年。一年来，市政协团结奋进。', '（一）坚持党的领导，思想政治引领得到新加强',
      '始终把党的领导摆在首位。', '展望2025：凝心聚力谱写新篇章', '2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年，市政协将围绕中心、服务大局。'].join('\n')), 'r.txt');
    if (!r.ok) throw new Error(r.error);
    expect(r.report.outline.map((h) => [h.level, h.title])).toEqual([[1, '回望2024：初心如磐担使命接续奋进谱新篇'], [2, '坚持党的领导，思想政治引领得到新加强'], [1, '展望2025：凝心聚力谱写新篇章']]);
  });
  it('is no heading when a label and sentence only look like one', () => {
    const r = parseReport(new TextEncoder().encode(['某市政协常务委员会工作报告', '各位委员：', '时间：2024年全年共召开会议', '全年召开常委会议6次，主席会议12次。'].join('\n')), 'r.txt');
    if (!r.ok) throw new Error(r.error);
    expect(r.report.outline).toEqual([]);
  });
});
