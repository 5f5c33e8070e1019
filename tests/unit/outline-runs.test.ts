// Outline rules from the third hold-out review: long two-clause leads accepted only as a run sharing
// their opening, numbered headings never nested under leads (—— goal items), and a part heading
// after top-level numbered sections that restart under it. Both scripts, with look-alikes.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import { buildOutline } from '../../src/parse/outline';

const shape = (lines: string[]) =>
  buildOutline(clean(lines.map((text) => ({ text }))).blocks).outline.map((h) => `${h.level} ${h.number ?? '-'} ${h.title}`);
const P = (t: string) => `${t}工作扎实推进，组织委员开展调研视察，形成调研报告12篇，提出意见建议86条，多项建议被党委政府采纳。`;
const PT = (t: string) => `${t}工作紮實推進，組織委員開展調研視察，形成調研報告12篇，提出意見建議86條，多項建議被黨委政府採納。`;
const HEAD = ['某某区政协常务委员会工作报告', '各位委员：', P('一年来')];

describe('long two-clause leads', () => {
  it('are headings when a run of them shares its opening', () => {
    expect(shape([...HEAD, '一、坚持服务发展大局，建言资政更加精准', P('总体'),
      '助力乡村振兴出实招，围绕农业产业化发展深入调研、精准建言。' + P('乡村'), P('另外'),
      '助力城市建设献良策，推动老旧小区改造和品质提升取得实效。' + P('城市'),
      '助力营商环境再优化，帮助市场主体增活力、添动力、强信心。' + P('营商'),
    ])).toEqual(['1 一 坚持服务发展大局，建言资政更加精准',
      '2 - 助力乡村振兴出实招，围绕农业产业化发展深入调研、精准建言', '2 - 助力城市建设献良策，推动老旧小区改造和品质提升取得实效',
      '2 - 助力营商环境再优化，帮助市场主体增活力、添动力、强信心']);
  });

  it('are headings in traditional script too', () => {
    expect(shape(['某某區政協常務委員會工作報告', '各位委員：', PT('一年來'), '一、堅持服務發展大局，建言資政更加精準', PT('總體'),
      '助力鄉村振興出實招，圍繞農業產業化發展深入調研、精準建言。' + PT('鄉村'),
      '助力城市建設獻良策，推動老舊小區改造和品質提升取得實效。' + PT('城市'),
      '助力營商環境再優化，幫助市場主體增活力、添動力、強信心。' + PT('營商'),
    ]).slice(1)).toEqual(['2 - 助力鄉村振興出實招，圍繞農業產業化發展深入調研、精準建言',
      '2 - 助力城市建設獻良策，推動老舊小區改造和品質提升取得實效', '2 - 助力營商環境再優化，幫助市場主體增活力、添動力、強信心']);
  });

  it('are body text when they do not share an opening, or only two do', () => {
    expect(shape([...HEAD, '一、坚持服务发展大局，建言资政更加精准', P('总体'),
      '围绕乡村振兴开展调研，组织委员深入田间地头了解群众实际情况。' + P('乡村'),
      '针对老旧小区改造难题，推动相关部门加快研究解决办法和措施。' + P('城市'),
      '结合营商环境评价结果，帮助各类市场主体解决实际经营困难。' + P('营商'),
    ])).toEqual(['1 一 坚持服务发展大局，建言资政更加精准']);
    expect(shape([...HEAD, '一、坚持服务发展大局，建言资政更加精准', P('总体'),
      '助力乡村振兴出实招，围绕农业产业化发展深入调研、精准建言。' + P('乡村'),
      '助力城市建设献良策，推动老旧小区改造和品质提升取得实效。' + P('城市'), P('其他'), P('此外'),
    ])).toEqual(['1 一 坚持服务发展大局，建言资政更加精准']);
  });

  it('are body text when a clause reports a figure or states a fact with 是', () => {
    expect(shape([...HEAD, '一、坚持服务发展大局，建言资政更加精准', P('总体'),
      '助力乡村振兴出实招，全年开展调研12次、提出建议30条。' + P('乡村'),
      '助力城市建设献良策，全年开展视察15次、提出建议26条。' + P('城市'),
      '助力营商环境再优化，这是全区上下共同关心的重点工作。' + P('营商'),
    ])).toEqual(['1 一 坚持服务发展大局，建言资政更加精准']);
  });
});

describe('numbered headings and leads', () => {
  const goals = (dash: (t: string) => string, p: (t: string) => string) => [
    dash('创新能力显著增强。') + p('创新'), dash('城乡品质全面提升。') + p('城乡'), dash('民生福祉持续改善。') + p('民生'),
  ];
  it('keeps 一、 directly under its part after a —— goal list', () => {
    const out = shape(['某某区人民政府工作报告', '各位代表：', P('过去五年'), '第一部分　过去五年工作回顾', P('回顾'),
      '一、综合实力迈上新台阶', P('经济'), '二、城乡面貌展现新形象', P('城乡'),
      '第二部分　今后五年的目标任务', P('目标'), ...goals((t) => '——' + t, P),
      '一、坚持创新驱动，打造产业强区', P('创新'), '二、坚持城乡融合，建设品质新城', P('融合')]);
    expect(out.filter((l) => /^\d [一二] /u.test(l))).toEqual([
      '2 一 综合实力迈上新台阶', '2 二 城乡面貌展现新形象', '2 一 坚持创新驱动，打造产业强区', '2 二 坚持城乡融合，建设品质新城']);
  });

  it('keeps (一) at its level after plain lead runs, in traditional script', () => {
    const out = shape(['某某區政協常務委員會工作報告', '各位委員：', PT('一年來'), '一、2023年工作回顧', PT('全年'),
      ...goals((t) => t, PT), '（一）堅持團結聯誼，凝心聚力更加廣泛', PT('團結'), '（二）堅持守正創新，自身建設更加有力', PT('創新')]);
    expect(out.filter((l) => l.includes('(一)') || l.includes('(二)'))).toEqual([
      '2 (一) 堅持團結聯誼，凝心聚力更加廣泛', '2 (二) 堅持守正創新，自身建設更加有力']);
  });
});

describe('a part heading after top-level numbered sections', () => {
  it('opens a top-level part when the numbering restarts under it', () => {
    expect(shape([...HEAD, '一、坚持党的领导，政治引领更加有力', P('政治'), '二、坚持服务大局，建言资政更加精准', P('建言'),
      '2024年工作安排', P('新的一年'), '一、突出政治引领，筑牢思想根基', P('引领'), '二、突出建言资政，助推高质量发展', P('资政'),
    ])).toEqual(['1 一 坚持党的领导，政治引领更加有力', '1 二 坚持服务大局，建言资政更加精准', '1 - 2024年工作安排',
      '2 一 突出政治引领，筑牢思想根基', '2 二 突出建言资政，助推高质量发展']);
  });

  it('stays under the numbered section when the numbering continues after it', () => {
    expect(shape([...HEAD, '一、2023年工作回顾', P('回顾'),
      '2024年發展的總體要求', P('要求'), '二、2024年工作安排', P('安排'), '（一）坚持产业为本，构建现代化产业体系', P('产业'),
    ])).toEqual(['1 一 2023年工作回顾', '2 - 2024年發展的總體要求', '1 二 2024年工作安排', '2 (一) 坚持产业为本，构建现代化产业体系']);
  });
});
