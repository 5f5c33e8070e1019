// Round-4 parser rules, each in both scripts where the script matters, with the look-alikes that
// must stay what they are: bracketed headings (【…】), 一要/二要 enumerations, WeChat banners and
// bylines, titles over three lines, transport measure words.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { Converter } from 'opencc-js';

const toTraditional: (s: string) => string = Converter({ from: 'cn', to: 'tw' });

function parse(text: string) {
  const r = parseReport(new TextEncoder().encode(text), 'report.txt');
  if (!r.ok) throw new Error(r.error);
  return r.report;
}
const outline = (text: string) => parse(text).outline.map((h) => `${h.level} ${h.number ?? '-'} ${h.title}`);

const BODY = '一年来，常委会认真履行职能，围绕中心、服务大局，各项工作取得新进展，为全区发展作出了积极贡献。';
const LEAD = (t: string) => `${t}。${BODY}`;

const BRACKETED = [
  '某某区政协常务委员会工作报告', '各位委员：', '现在，我代表常务委员会向大会报告工作，请予审议。',
  '【2022年工作回顾】', BODY,
  '【一、坚持政治引领，筑牢思想基础】', LEAD('加强理论学习'), LEAD('落实党建责任'), LEAD('强化思想引领'),
  '〖二、聚焦发展大局，提升议政质量〗', LEAD('助力产业发展'), LEAD('服务项目建设'), LEAD('推动城市更新'),
  '【2023年工作安排】', BODY,
  '［一、坚持党的领导］', BODY,
  '［二、紧扣中心任务］', BODY,
].join('\n');

describe('headings wrapped in brackets', () => {
  it('reads the numbering inside 【】〖〗［］ and drops the brackets', () => {
    expect(outline(BRACKETED)).toEqual([
      '1 - 2022年工作回顾',
      '2 一 坚持政治引领，筑牢思想基础', '3 - 加强理论学习', '3 - 落实党建责任', '3 - 强化思想引领',
      '2 二 聚焦发展大局，提升议政质量', '3 - 助力产业发展', '3 - 服务项目建设', '3 - 推动城市更新',
      '1 - 2023年工作安排', '2 一 坚持党的领导', '2 二 紧扣中心任务',
    ]);
  });

  it('the same in traditional script', () => {
    expect(outline(toTraditional(BRACKETED))).toEqual(outline(BRACKETED).map(toTraditional));
  });

  it('a bracketed note, source or sentence is not a heading', () => {
    const text = [
      '某某区政府工作报告', '各位代表：', BODY,
      '一、过去一年工作回顾', BODY,
      '【编者按：以下为报告全文，有删节。】', BODY,
      '【来源：某某日报】', BODY,
      '【这是一个很长的括号里的句子，说明了很多情况，并不是标题，而是正文的一部分。】', BODY,
      '二、今年工作安排', BODY,
    ].join('\n');
    expect(outline(text)).toEqual(['1 一 过去一年工作回顾', '1 二 今年工作安排']);
  });
});

const PLANS = [
  '某某区政协常务委员会工作报告', '各位委员：', BODY,
  '一、过去一年工作回顾', BODY,
  '二、今年工作建议', BODY,
  LEAD('一要坚持政治引领，筑牢思想根基'), LEAD('二要聚焦发展大局，提高议政质量'),
  LEAD('三要突出民生关切，增强监督实效'), LEAD('四要加强自身建设，提升履职能力'),
].join('\n');

describe('一要/二要 openings', () => {
  it('are inline enumerations in running paragraphs, not headings', () => {
    expect(outline(PLANS)).toEqual(['1 一 过去一年工作回顾', '1 二 今年工作建议']);
    expect(outline(toTraditional(PLANS))).toEqual(['1 一 過去一年工作回顧', '1 二 今年工作建議']);
  });

  it('lead runs that do not open with an enumeration are still subheads', () => {
    const text = PLANS.replace(/[一二三四]要/gu, '');
    expect(outline(text)).toHaveLength(6);
  });
});

const WECHAT = [
  '点击上方蓝字关注我们',
  '某某县人民政府2023年上半年工作总结及下半年工作打算',
  '某某县发布 2023-07-21 17:30 发表于吉林',
  `今年以来，${BODY}`,
  '一、上半年工作总结', '（一）项目建设提速增效', BODY, '（二）特色产业加快发展', BODY,
  '二、下半年工作打算', '（一）全力以赴抓项目', BODY,
  '阅读原文', '长按识别二维码关注我们',
].join('\n');

describe('a WeChat copy', () => {
  for (const [script, text] of [['simplified', WECHAT], ['traditional', toTraditional(WECHAT)]] as const) {
    it(`drops the banner, reads the byline date and keeps the title out of the outline (${script})`, () => {
      const r = parse(text);
      expect(r.title).toBe(script === 'simplified' ? '某某县人民政府2023年上半年工作总结及下半年工作打算' : toTraditional('某某县人民政府2023年上半年工作总结及下半年工作打算'));
      expect(r.publishDate).toBe('2023-07-21');
      expect(r.outline.map((h) => `${h.level} ${h.number}`)).toEqual(['1 一', '2 (一)', '2 (二)', '1 二', '2 (一)']);
      expect(r.paragraphs.some((p) => /关注|關注|阅读原文|閱讀原文|发表于|發表於/u.test(p.text))).toBe(false);
    });
  }

  it('the title is not a heading even under a banner the cleaner does not know', () => {
    const r = parse(WECHAT.replace('点击上方蓝字关注我们', '本期导读').replace(/某某县发布.*\n/u, ''));
    expect(r.outline[0]!.title).toBe('上半年工作总结');
  });

  it('report sentences about following an account or reading stay', () => {
    const text = WECHAT.replace(`今年以来，${BODY}`, `今年以来，开通政务公众号，群众点击关注人数达到3万人，${BODY}`);
    expect(parse(text).paragraphs.some((p) => p.text.includes('点击关注人数'))).toBe(true);
    expect(parse('某某县政府工作报告\n各位代表：\n' + BODY + '\n（三）加强政务公众号建设\n' + BODY).paragraphs.some((p) => p.text.includes('公众号建设'))).toBe(true);
  });

  it('a date without 发表于 in running text is no publication date', () => {
    expect(parse(WECHAT.replace(/某某县发布.*\n/u, '') + `\n2023-07-25 会议要求，${BODY}`).publishDate).toBeNull();
  });
});

describe('a title set on three lines', () => {
  const lines = (top: string) => [top, '人民代表大会常务委员会', '工作报告', '（2024年1月10日在某某区第十届人民代表大会第四次会议上）', '各位代表：', BODY, '一、过去一年工作回顾', BODY].join('\n');

  it('joins place, organ and report word whole, in both scripts', () => {
    expect(parse(lines('宝鸡市陈仓区')).title).toBe('宝鸡市陈仓区人民代表大会常务委员会工作报告');
    expect(parse(toTraditional(lines('宝鸡市陈仓区'))).title).toBe('寶雞市陳倉區人民代表大會常務委員會工作報告');
  });

  it('leaves out a line above that is no place name', () => {
    expect(parse(lines('内部资料 注意保存')).title).toBe('人民代表大会常务委员会工作报告');
    expect(parse(lines('2024年1月')).title).toBe('人民代表大会常务委员会工作报告');
  });
});

describe('transport measure words', () => {
  const figures = (sentence: string) => parse(`某某区政府工作报告\n各位代表：\n${BODY}\n${sentence}`).figures.map((f) => `${f.value}${f.unit}`);

  it('counts trains, containers, trips and runs with 万/亿 scaling, in both scripts', () => {
    const s = '全年开行中欧班列410列，完成集装箱吞吐量18.6万标箱，开通旅游专线120趟，新增航线航次36航次。';
    expect(figures(s)).toEqual(['410列', '186000标箱', '120趟', '36航次']);
    expect(figures(toTraditional(s))).toEqual(['410列', '186000標箱', '120趟', '36航次']);
    expect(figures('计划开行中欧班列450列以上。')).toEqual(['450列']);
  });

  it('列入, 班子 and 趟出 after a number are not figures', () => {
    expect(figures('有3列入省级名录，调整2班子成员，探索1趟出新路，2022年列为试点。')).toEqual([]);
  });
});

describe('locality completed by the opening sentence', () => {
  const report = (opening: string) => ['金安区政协2022年上半年工作总结和下半年工作打算', `2022年上半年，${opening}在区委的坚强领导下，${BODY}`, '一、上半年工作总结', BODY].join('\n');

  it('takes the city the report gives its own body, in both scripts', () => {
    expect(parse(report('六安市金安区政协')).locality).toBe('六安市金安区');
    expect(parse(toTraditional(report('六安市金安区政协'))).locality).toBe('六安市金安區');
  });

  it('keeps the header place when the opening names another place or none', () => {
    expect(parse(report('合肥市蜀山区政协')).locality).toBe('金安区');
    expect(parse(report('区政协')).locality).toBe('金安区');
  });
});

describe('a WeChat byline without 发表于', () => {
  it('is furniture and gives the date, in both scripts', () => {
    const text = WECHAT.replace('某某县发布 2023-07-21 17:30 发表于吉林', '原创 某某县发布 2023-07-21 17:30');
    for (const t of [text, toTraditional(text)]) {
      const r = parse(t);
      expect(r.publishDate).toBe('2023-07-21');
      expect(r.paragraphs.some((p) => p.text.includes('2023-07-21'))).toBe(false);
    }
  });
});
