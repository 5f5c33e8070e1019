// Figures: counts with measure words in both scripts, value normalisation, modifiers, the quoted
// phrase, the section they fall in, and the look-alikes that are not figures.
import { describe, expect, it } from 'vitest';
import { extractFigures, sectionOf } from '../../src/parse/figures';
import type { Heading } from '../../src/model/report';

const figs = (text: string) => extractFigures([{ text }], []);
const one = (text: string) => {
  const all = figs(text);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('extractFigures: values and units', () => {
  it('reads a count after a verb phrase', () => {
    expect(one('一年来，市政协交办提案302件，')).toMatchObject({ text: '市政协交办提案302件', value: 302, unit: '件', modifier: null, approximate: false });
  });
  it('normalises 万 and 亿 into base units in both scripts', () => {
    expect(one('收集、交辦群眾意見建議1.4萬件。')).toMatchObject({ value: 14000, unit: '件', text: '收集、交辦群眾意見建議1.4萬件' });
    expect(one('籌集愛心基金29.33萬元')).toMatchObject({ value: 293300, unit: '元' });
    expect(one('完成固定资产投资198.5亿元')).toMatchObject({ value: 19850000000, unit: '元' });
  });
  it('keeps modifiers and marks the figure approximate', () => {
    expect(one('委員參與政協各類活動3000余人次,')).toMatchObject({ value: 3000, unit: '人次', modifier: '余', approximate: true });
    expect(one('参加活动约300人。')).toMatchObject({ value: 300, unit: '人', modifier: '约' });
    expect(one('培训委员200人以上。')).toMatchObject({ value: 200, modifier: '以上' });
    expect(one('提出建议20多条。')).toMatchObject({ value: 20, modifier: '多' });
    expect(one('争取资金500多万元。')).toMatchObject({ value: 5000000, unit: '元', modifier: '多' });
    expect(one('惠及群众1.2万余人次')).toMatchObject({ value: 12000, unit: '人次', modifier: '余' });
  });
  it('reads Chinese numerals when the measure word makes the count clear', () => {
    expect(one('召开专题协商会三次，')).toMatchObject({ value: 3, unit: '次' });
    expect(one('提出意見十二件。')).toMatchObject({ value: 12, unit: '件' });
  });
  it('prefers the longest measure word', () => {
    expect(one('任免國家機關工作人員154人次')).toMatchObject({ unit: '人次', value: 154 });
    expect(one('新建道路12公里')).toMatchObject({ unit: '公里', value: 12 });
    expect(one('引进外资1.5亿美元')).toMatchObject({ unit: '美元', value: 150000000 });
  });
});

describe('extractFigures: the quoted phrase', () => {
  it('does not break a clause at 、', () => {
    expect(one('第一时间曝光、讨论293件。').text).toBe('第一时间曝光、讨论293件');
  });
  it('starts a coordinated figure after the one before it', () => {
    const [a, b] = figs('政協工作獲省政協主要領導批示3次、市黨政領導批示25次。');
    expect(a?.text).toBe('政協工作獲省政協主要領導批示3次');
    expect(b?.text).toBe('市黨政領導批示25次');
  });
  it('keeps the counted noun when it follows the number', () => {
    expect(one('其中157件民生小事得到快速解决，').text).toBe('其中157件民生小事得到快速解决');
    expect(one('形成16个调研报告。').text).toBe('形成16个调研报告');
  });
  it('treats ASCII punctuation and whitespace as clause boundaries', () => {
    expect(one('截至目前,市政協領導共走訪了74家企業').text).toBe('市政協領導共走訪了74家企業');
    expect(one('上一段的结尾 共召开会议9次').text).toBe('共召开会议9次');
    expect(one('一年来，交办提案 302 件，')).toMatchObject({ text: '交办提案 302 件', value: 302, unit: '件' });
  });
  it('removes pinyin notes from the quoted text and records the offset', () => {
    const f = one('好。任免國家機關(guān)工作人員154人次');
    expect(f.text).toBe('任免國家機關工作人員154人次');
    expect(f.offset).toBe(2);
  });
});

describe('extractFigures: not figures', () => {
  it.each([
    '2018年是全面贯彻中共十九大精神的开局之年',
    '改革开放40周年',
    '中国人民政治协商会议第十三届义乌市委员会',
    '政协第四届衢州市柯城区委员会第四次会议',
    '市十六届人大二次会议',
    '用时6个月',
    '树牢“四个意识”，做到“两个维护”',
    '落实中央八项规定精神',
    '举报电话:057985516611',
    '浙ICP备15020224号-1',
    '7月30日主席会议',
    '出台了《70年70人》',
    '千家万户',
    '一次会议',
    '年龄60岁',
    '前3名',
    '3至5个',
    '第 3 次会议',
  ])('%s', (text) => expect(figs(text)).toEqual([]));
});

describe('sections', () => {
  const h = (para: number, end: number, level: number): Heading =>
    ({ level, number: null, title: 't', para, span: [para, end], source: 'numbered' });
  const outline = [h(1, 10, 1), h(2, 5, 2), h(5, 10, 2)];
  it('gives the innermost heading whose span holds the paragraph', () => {
    expect(sectionOf(outline, 0)).toBe(-1);
    expect(sectionOf(outline, 1)).toBe(0);
    expect(sectionOf(outline, 3)).toBe(1);
    expect(sectionOf(outline, 7)).toBe(2);
  });
  it('places each figure in its section', () => {
    const paragraphs = ['前言', '一、工作', '(一)学习', '召开会议5次。', '(二)调研', '开展调研12次。'].map((text) => ({ text }));
    const got = extractFigures(paragraphs, outline).map((f) => [f.para, f.section]);
    expect(got).toEqual([[3, 1], [5, 2]]);
  });
});

describe('extractFigures: a paragraph without punctuation', () => {
  it('gives each figure a phrase of its own neighbourhood, so thousands of figures in one line stay linear', () => {
    for (const unit of ['增长5%', '交办提案5件']) {
      const figures = extractFigures([{ text: unit.repeat(20_000) }], []);
      expect(figures).toHaveLength(20_000);
      // Each phrase is found within a bounded reach of its number, not by walking to the line's ends.
      expect(Math.max(...figures.map((f) => f.text.length)), unit).toBeLessThanOrEqual(420);
    }
  });
});
