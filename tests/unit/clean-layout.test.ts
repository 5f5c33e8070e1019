// Paragraph boundaries: lines broken mid-sentence rejoined (but never a heading), hard-wrapped text
// recognised by its width, one-line layouts split, Markdown marks left in plain text read as hints.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import type { Block } from '../../src/parse/blocks';

const texts = (lines: string[]) => clean(lines.map((text) => ({ text }))).blocks.map((b) => b.text);
const BODY = '常委会始终坚持把服务高质量发展作为履职重点，积极主动担当作为，组织委员开展调研视察、协商建言。';

describe('rejoining broken paragraphs', () => {
  it('joins a line broken by a page break, across the blank line', () => {
    expect(texts(['做好今年的工作，人民政协使命光荣、责任重', '', '大。区政协工作的总体要求是：坚持团结和民主两大主题。']))
      .toEqual(['做好今年的工作，人民政协使命光荣、责任重大。区政协工作的总体要求是：坚持团结和民主两大主题。']);
  });

  it('joins a broken line in traditional script', () => {
    expect(texts(['支持和保障各民主黨派、工商聯、無黨派人士履職活動，優先安排大會發言、視察調研、培訓', '學習等。']))
      .toEqual(['支持和保障各民主黨派、工商聯、無黨派人士履職活動，優先安排大會發言、視察調研、培訓學習等。']);
  });

  it('never joins an unnumbered part heading to the paragraph after it', () => {
    const lines = ['2018年工作回顾', '2018年是全面贯彻中共十九大精神的开局之年，也是市政协展示新作为的重要之年。'];
    expect(texts(lines)).toEqual(lines);
    expect(texts(['上半年工作總結', BODY])).toEqual(['上半年工作總結', BODY]);
  });

  it('joins a numbered heading line whose body runs on to the next line, but keeps a closed one apart', () => {
    // The heading shares its line with the start of a sentence the next line ends (a copied PDF).
    expect(texts(['（二）持续扩大有效投资。安排市重点项目300个以上，力争全年固定资产', '投资增长6%左右。']))
      .toEqual(['（二）持续扩大有效投资。安排市重点项目300个以上，力争全年固定资产投资增长6%左右。']);
    expect(texts(['3.加強生態保護。完成造林綠化2萬畝，森林覆蓋率保持', '在60%以上。']))
      .toEqual(['3.加強生態保護。完成造林綠化2萬畝，森林覆蓋率保持在60%以上。']);
    // Closed: the next line is its own paragraph; no stop inside: a numbered title stays a title.
    const closed = ['（二）持续扩大有效投资。安排市重点项目300个以上。', '全年固定资产投资增长6%左右。'];
    expect(texts(closed)).toEqual(closed);
    const title = ['（三）加快建设现代化产业体系', '全年规模以上工业增加值增长7%。'];
    expect(texts(title)).toEqual(title);
  });

  it('never joins title, meeting and speaker lines', () => {
    const lines = ['中国人民政治协商会议第四届衢州市柯城区委员会常务委员会工作报告', '2020年4月20日在政协第四届衢州市柯城区委员会第四次会议上', '区政协主席 徐连土', '各位委员：'];
    expect(texts(lines)).toEqual(lines);
  });

  it('never joins a line that starts with a heading number', () => {
    const lines = ['一年来，市政协围绕中心、服务大局，助推了“最多跑一次”改革、分质供水等工作', '（二）始终坚持积极作为，致力围绕中心大局履职尽责', BODY];
    expect(texts(lines)).toEqual(lines);
  });

  it('rejoins hard-wrapped text by its width but keeps short headings apart', () => {
    const para = '市人大常委会牢牢把握政治机关定位，旗帜鲜明讲政治，自觉把党的全面领导贯穿人大工作始终，第一时间召开党组会议、主任会议、常委会会议，认真学习贯彻，通过层层学、系统学、反复学、结合实际学，全面把握精神实质和核心要义，以党的二十大精神指引人大工作走深走实，推动党的二十大精神入脑入心。';
    const wrapped: string[] = [];
    for (let i = 0; i < para.length; i += 30) wrapped.push(para.slice(i, i + 30));
    const lines = ['一、过去一年的主要工作', ...wrapped, '二、2023年的主要任务', ...wrapped];
    expect(texts(lines)).toEqual(['一、过去一年的主要工作', para, '二、2023年的主要任务', para]);
  });

  it('rejoins hard-wrapped text at a full line that ends with a semicolon, not at a short one', () => {
    const wrapped = [
      '过去一年，全县实现地区生产总值611.3亿元，增长4.1%；', '一般公共预算收入62.8亿元，同口径增长5.6%；规模以上工',
      '业增加值增长6.2%，固定资产投资增长12.5%，社会消费', '品零售总额增长3.1%，城镇居民人均可支配收入增长4.9%；',
      '经济增速高于全省平均水平1.0个百分点，主要指标增幅位居全', '市前列。',
    ];
    const para = wrapped.join('');
    expect(texts(['一、2022年工作回顾', ...wrapped, '二、2023年工作安排', ...wrapped])).toEqual(['一、2022年工作回顾', para, '二、2023年工作安排', para]);
    // Items of a list, each a short line ending with a semicolon, stay apart.
    const items = ['加快产业升级；', '扩大有效投资；', '保障改善民生。'];
    expect(texts([...wrapped, ...wrapped, ...items])).toEqual([para, para, ...items]);
  });

  it('rejoins a heading couplet wrapped inside its second half', () => {
    expect(texts(['（一）坚持扩大有效需求，经济', '大盘稳住稳好', '全力抓项目稳投资。深入实施扩大有效投资工程，新开工亿元以上项目286个。']))
      .toEqual(['（一）坚持扩大有效需求，经济大盘稳住稳好', '全力抓项目稳投资。深入实施扩大有效投资工程，新开工亿元以上项目286个。']);
    const balanced = ['（一）聚力扩大内需，推动经济运行整体好转', '2023年工作安排'];
    expect(texts(balanced)).toEqual(balanced);
  });
});

describe('one-line layouts', () => {
  const paragraphs = [
    '(2023年2月2日在義烏市第十六屆人民代表大會第二次會議上)', '義烏市人民代表大會常務委員會主任 丁政', '各位代表:',
    '我受義烏市人大常委會委托，向大會報告工作，請予審議。', '一、過去一年的主要工作',
    '2022年是市十六屆人大常委會依法履職的開局之年。一年來，市人大常委會緊緊圍繞義烏改革發展大局，主動作為，履職行權。',
    '(一)強化理論武裝，堅持黨對人大工作的全面領導。', '市人大常委會牢牢把握政治機關定位，旗幟鮮明講政治，自覺把黨的全面領導貫穿人大工作始終。',
  ];

  it('splits a report on one line at the spaces between paragraphs, keeping post and name together', () => {
    expect(texts([paragraphs.join(' ')])).toEqual(paragraphs);
  });

  it('splits at runs of full-width spaces too', () => {
    expect(texts([paragraphs.join('\u3000\u3000')])).toEqual(paragraphs);
  });

  it('keeps a label with its value and a spaced name whole', () => {
    const header = '發布日期:2023-02-10 14:00 信息來源:鷹潭日報市政協主席 黃 云';
    const r = clean([{ text: header }, { text: paragraphs.join(' ') }]);
    expect(r.removed).toContain(header);
  });

  it('leaves ordinary lines with a space alone', () => {
    const lines = ['区政协主席 徐连土', BODY, '市政协组织委员开展“请你来协商” 活动，协商议题26个，形成调研报告18篇。'];
    expect(texts(lines)).toEqual(lines);
  });
});

describe('Markdown marks left in plain text', () => {
  it('turns # headings and **bold** leads into hints and removes the marks', () => {
    const r = clean([
      { text: '# 中国人民政治协商会议' }, { text: '## 第四届委员会常务委员会工作报告' }, { text: '#### (一)始终坚持党的领导' },
      { text: '**把思想理论武装摆在首位。**深入学习习近平新时代中国特色社会主义思想，建立完善学习体系。' },
    ]);
    const b: Block[] = r.blocks;
    expect(b.map((x) => x.markupLevel)).toEqual([1, 2, 4, undefined]);
    expect(b[3]!.text).toBe('把思想理论武装摆在首位。深入学习习近平新时代中国特色社会主义思想，建立完善学习体系。');
    expect(b[3]!.boldLead).toBe('把思想理论武装摆在首位。'.length);
  });

  it('leaves a stray # or ** in plain text alone', () => {
    const lines = ['# 号楼的改造工作已经完成，居民满意度达到95%以上。', BODY];
    const r = clean(lines.map((text) => ({ text })));
    expect(r.blocks.map((b) => b.text)).toEqual(lines);
    expect(r.blocks[0]!.markupLevel).toBeUndefined();
  });

  it('does not override structure an extractor declared', () => {
    const r = clean([{ text: '## 一、2019年工作回顾', markupLevel: 1 }, { text: '**注意**这一段' }]);
    expect(r.blocks[0]!.text).toBe('## 一、2019年工作回顾');
  });
});
