// Header forms from the third hold-out review: open-ended posts in bylines (旗长, 盟长, 州长, 代区长,
// 第一书记), the date opening a news page's info line as the publication date, and the short session
// form of county and district meeting lines (区十一届人大三次会议). Both scripts, with look-alikes.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/parse/metadata';

const meta = (lines: string[], removed: string[] = []) =>
  extractMetadata({ paragraphs: lines.map((text) => ({ text })), outline: [], removed, fileName: 'x.txt' });
const BODY = '各位代表：现在，我代表旗人民政府，向大会报告工作，请予审议。';

describe('open-ended posts in a byline', () => {
  it('reads banner, league and prefecture heads and acting heads', () => {
    const line = (post: string) => meta(['政府工作报告', '——2024年1月10日在某某旗第十八届人民代表大会第三次会议上', `${post}　乌力吉`, BODY]);
    expect(line('旗长')).toMatchObject({ speaker: '乌力吉', speakerPost: '旗长', body: 'government' });
    expect(line('盟长')).toMatchObject({ speaker: '乌力吉', speakerPost: '盟长' });
    expect(line('代旗长')).toMatchObject({ speaker: '乌力吉', speakerPost: '代旗长' });
    expect(line('州长')).toMatchObject({ speaker: '乌力吉', speakerPost: '州长' });
    expect(line('乡长')).toMatchObject({ speaker: '乌力吉', speakerPost: '乡长' });
    expect(line('区委第一书记')).toMatchObject({ speaker: '乌力吉', speakerPost: '区委第一书记' });
  });
  it('reads them in traditional script', () => {
    const m = meta(['政府工作報告', '——2024年1月10日在某某旗第十八屆人民代表大會第三次會議上', '旗長　烏力吉', '各位代表：現在，我代表旗人民政府向大會報告工作。']);
    expect(m).toMatchObject({ speaker: '烏力吉', speakerPost: '旗長' });
  });
  it('does not take growth or a bare office head without a body for a post', () => {
    expect(meta(['某某县2023年上半年工作总结', '全县经济增长 较快', '局长 张三', '上半年，全县经济运行总体平稳，主要指标稳中有进，民生保障持续加强。']).speaker).toBeNull();
  });
});

describe('the date opening an info line', () => {
  it('is the publication date when the line carries source or author labels, in both scripts', () => {
    expect(meta(['某某市政协常委会工作报告', BODY], ['2021-01-25 08:45:12　来源：某某日报　作者：张三']).publishDate).toBe('2021-01-25');
    expect(meta(['某某市政協常委會工作報告', BODY], ['2021-01-25 08:45　來源：某某日報　作者：陳海英']).publishDate).toBe('2021-01-25');
    expect(meta(['某某市政协常委会工作报告', '2023年2月3日 编辑：李四 浏览次数：1024', BODY]).publishDate).toBe('2023-02-03');
  });
  it('gives way to a labelled date and is not read from other lines', () => {
    expect(meta(['某某市政协常委会工作报告', BODY], ['2021-01-25 08:45:12 来源：某某日报', '发布时间：2021-01-26']).publishDate).toBe('2021-01-26');
    expect(meta(['某某市政协常委会工作报告', BODY], ['2021-01-25 08:45:12 网友评论 点赞']).publishDate).toBeNull();
    expect(meta(['某某市政协常委会工作报告', BODY], ['本报讯 2021-01-25 来源：某某日报']).publishDate).toBeNull();
  });
});

describe('the session in short meeting lines', () => {
  it('normalises 区十一届人大三次会议 and its kin to 第十一届', () => {
    const session = (line: string) => meta(['某某区人大常委会工作报告', line, '区人大常委会主任　李东', BODY]).session;
    expect(session('——2023年1月9日在区十一届人大三次会议上')).toBe('第十一届');
    expect(session('——2023年1月9日在县政协十届二次会议上')).toBe('第十届');
    expect(session('——2023年1月9日在市十七届人大一次会议上')).toBe('第十七届');
    expect(session('——2023年1月9日在縣十八屆人大二次會議上')).toBe('第十八屆');
  });
  it('still prefers the full form and reads no session from other numbers', () => {
    expect(meta(['某某区人大常委会工作报告', '——2023年1月9日在某某区第十一届人民代表大会第三次会议上', BODY]).session).toBe('第十一届');
    expect(meta(['某某区人大常委会工作报告', '——2023年1月9日在区委十届三中全会上', BODY]).session).toBeNull();
    expect(meta(['某某区人大常委会工作报告', '——2023年1月9日在全区三级干部大会上', BODY]).session).toBeNull();
  });
});

describe('a one-line copy', () => {
  it('keeps an open-ended post with its name when it splits paragraphs at space runs', async () => {
    const { clean } = await import('../../src/parse/clean');
    const body = '过去一年，全旗经济运行稳中有进，新增新能源装机285万千瓦，粮食产量达到2.3亿斤，牲畜存栏稳定在186万头只。';
    const line = `鄂托克旗政府工作报告  ——2024年1月10日在旗第十八届人民代表大会第三次会议上  旗长 乌力吉  各位代表：  ${body}  ${body}  ${body}`;
    const texts = clean([{ text: line }]).blocks.map((b) => b.text);
    expect(texts).toContain('旗长 乌力吉');
    expect(meta(texts)).toMatchObject({ speaker: '乌力吉', speakerPost: '旗长', session: '第十八届' });
  });
});
