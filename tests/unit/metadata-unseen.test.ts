// Metadata rules learnt from the sixth hold-out set, each on its own: speakers set apart from their
// posts, titles over the meeting line, the organ that speaks before bodies named in passing, 全国 for
// national bodies, places that are no sentence fragments, meeting days without their year.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/parse/metadata';
import { bareName } from '../../src/parse/meta/names';

const meta = (lines: string[], removed: string[] = []) =>
  extractMetadata({ paragraphs: lines.map((text) => ({ text })), outline: [], removed, fileName: 'x.txt' });

describe('speaker', () => {
  it('reads a post line followed by the name on the next line', () => {
    expect(meta(['政府工作报告', '——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理', '李强', '各位代表：']))
      .toMatchObject({ speaker: '李强', speakerPost: '国务院总理' });
    expect(meta(['工作报告', '区政协副主席', '欧阳  红', '各位委员：'])).toMatchObject({ speaker: '欧阳红', speakerPost: '区政协副主席' });
  });
  it('reads a name on its own line after the meeting line, with no post', () => {
    const m = meta(['安吉县人民代表大会常务委员会工作报告', '——2024年1月9日在安吉县第十七届人民代表大会第四次会议上', '沈国平', '各位代表：']);
    expect(m).toMatchObject({ speaker: '沈国平', speakerPost: null });
    expect(meta(['某县人大常委会工作报告', '——在某县第十七届人民代表大会第四次会议上', '（2024年1月9日）', '王  明']).speaker).toBe('王明');
  });
  it('reads letter-spaced names and names set with a full-width space, after a post', () => {
    expect(meta(['某报告', '政协甘肃省委员会主席  马  骏', '（2025年1月16日）'])).toMatchObject({ speaker: '马骏', speakerPost: '政协甘肃省委员会主席' });
    expect(meta(['政府工作报告', '平江县人民政府县长　陈　静', '各位代表：'])).toMatchObject({ speaker: '陈静', speakerPost: '平江县人民政府县长' });
  });
  it('reads a labelled 报告人 field as post and name', () => {
    const m = extractMetadata({ paragraphs: [{ text: '各位代表：' }], outline: [], removed: [], fileName: 'x.txt',
      fields: [{ label: '报告人', value: '江西省人大常委会常务副主任 梅建华' }] });
    expect(m).toMatchObject({ speaker: '梅建华', speakerPost: '江西省人大常委会常务副主任' });
  });
  it('takes no word for a name', () => {
    for (const line of ['工作报告', '各位代表', '会议议程', '二〇二四年']) expect(bareName(line)).toBeNull();
    expect(bareName('沈国平')).toBe('沈国平');
    expect(meta(['某县人大常委会工作报告', '——在某县第十七届人民代表大会第四次会议上', '工作报告']).speaker).toBeNull();
  });
});

describe('title', () => {
  it('is the line over the meeting line, not a link to another year\'s report above it', () => {
    const m = meta(['政府工作报告 (2025年)', '←', '2024年政府工作报告', '2026年政府工作报告', '→', '本作品收录于《中华人民共和国国务院公报》',
      '政府工作报告', '——2025年3月5日在第十四届全国人民代表大会第三次会议上', '各位代表：']);
    expect(m.title).toBe('政府工作报告');
  });
  it('is not the subtitle naming the meeting when a title line stands anywhere near it', () => {
    expect(meta(['——2024年1月18日在某市第十届人民代表大会第三次会议上的工作报告', '某市人民政府工作报告']).title).toBe('某市人民政府工作报告');
    expect(meta(['（2024年1月18日）', '——在某市第十届人民代表大会第三次会议上的报告', '政 府 工 作 报 告']).title).toBe('政府工作报告');
  });
  it('keeps its full official form over a short form the page shows above it', () => {
    const m = meta(['安吉县人大常委会工作报告', '发布时间：2024-01-17', '安吉县人民代表大会常务委员会工作报告', '——2024年1月9日在安吉县第十七届人民代表大会第四次会议上', '各位代表：']);
    expect(m.title).toBe('安吉县人民代表大会常务委员会工作报告');
  });
  it('comes from a labelled 标题 field, without the site name', () => {
    const m = extractMetadata({ paragraphs: [{ text: '各位代表：' }], outline: [], removed: [], fileName: 'x.txt',
      fields: [{ label: '标题', value: '江西省人民代表大会常务委员会工作报告_江西人大网' }] });
    expect(m.title).toBe('江西省人民代表大会常务委员会工作报告');
  });
});

describe('body', () => {
  it('is the organ the report speaks for, not a body its pledge mentions in passing', () => {
    const m = meta(['2024年工作报告', '各位代表：', '现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。']);
    expect(m.body).toBe('government');
  });
  it('takes the meeting line for the venue, after any other line naming the organ', () => {
    expect(meta(['工作报告', '——2024年1月10日在某县第十八届人民代表大会第四次会议上', '某县人民政府']).body).toBe('government');
    expect(meta(['工作报告', '——2024年1月10日在某县第十八届人民代表大会第四次会议上']).body).toBe('npc');
  });
});

describe('locality', () => {
  it('is 全国 for national bodies', () => {
    expect(meta(['政府工作报告', '——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理', '李强']).locality).toBe('全国');
    expect(meta(['全国人民代表大会常务委员会工作报告', '——2024年3月8日在第十四届全国人民代表大会第二次会议上']).locality).toBe('全国');
    expect(meta(['中国人民政治协商会议全国委员会常务委员会工作报告']).locality).toBe('全国');
  });
  it('is never a fragment of a sentence that mentions the place', () => {
    const m = meta(['政协成都市武侯区第十届委员会常务委员会工作报告', '编者按：下面给大家分享成都市武侯区政协常委会工作报告全文。']);
    expect(m.locality).toBe('成都市武侯区');
  });
  it('leaves the date out of a place that follows it on the meeting line', () => {
    expect(meta(['人大常委会工作报告', '—在1月15日江西省第十四届人民代表大会第四次会议上']).locality).toBe('江西省');
  });
  it('keeps a city and its district together', () => {
    expect(meta(['政府工作报告', '——2024年1月8日在成都市武侯区第十九届人民代表大会第四次会议上']).locality).toBe('成都市武侯区');
  });
});

describe('meeting date', () => {
  it('reads a (2024年1月18日) line under the byline', () => {
    expect(meta(['某市政府工作报告', '——在某某市第十七届人民代表大会第三次会议上', '市人民政府市长 张三', '（2024年1月18日）']).meetingDate).toBe('2024-01-18');
  });
  it('takes the year of a year-less meeting day from the year the report plans', () => {
    const m = extractMetadata({ paragraphs: [{ text: '人大常委会工作报告' }, { text: '—在1月15日江西省第十四届人民代表大会第四次会议上' }, { text: '各位代表：' }],
      outline: [{ level: 1, number: '一', title: '2024年主要工作', para: 3, span: [3, 4], source: 'numbered' },
        { level: 1, number: '二', title: '2025年主要任务', para: 4, span: [4, 5], source: 'numbered' }], removed: [], fileName: 'x.txt' });
    expect(m.meetingDate).toBe('2025-01-15');
  });
  it('or, failing that, from the publication date', () => {
    expect(meta(['某县政协工作报告', '——在12月28日政协某县第十届委员会第三次会议上', '发布时间：2024-01-03']).meetingDate).toBe('2023-12-28');
  });
  it('does not take 发文时间 for the meeting date', () => {
    const m = extractMetadata({ paragraphs: [{ text: '某县政府工作报告' }, { text: '各位代表：' }], outline: [], removed: [], fileName: 'x.txt',
      fields: [{ label: '发文时间', value: '2024-01-25' }] });
    expect(m).toMatchObject({ publishDate: '2024-01-25', meetingDate: null });
  });
});

describe('review and plan years', () => {
  it('come from part headings alone (2021年工作回顾)', () => {
    const m = extractMetadata({ paragraphs: [{ text: '政协某区常委会工作报告' }, { text: '——在政协某区第十届委员会第二次会议上' }], removed: [], fileName: 'x.txt',
      outline: [{ level: 1, number: '一', title: '2021年工作回顾', para: 2, span: [2, 3], source: 'numbered' }] });
    expect(m).toMatchObject({ reviewYear: 2021, planYear: 2022, meetingDate: null });
  });
  it('come from the meeting date alone when the headings name no year', () => {
    const m = meta(['某县人大常委会工作报告', '——2024年1月9日在某县第十七届人民代表大会第四次会议上', '过去一年的主要工作', '今年的主要任务']);
    expect(m).toMatchObject({ reviewYear: 2023, planYear: 2024 });
  });
});
