// The outline on small synthetic reports in both scripts: nesting by the document's own numbering,
// unnumbered parts, lead-sentence runs, headings sharing a line with body text, spans, and the
// look-alikes that must not become headings.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import { buildOutline } from '../../src/parse/outline';

function parse(lines: string[]) {
  return buildOutline(clean(lines.map((text) => ({ text }))).blocks);
}
const shape = (lines: string[]) => parse(lines).outline.map((h) => `${h.level} ${h.number ?? '-'} ${h.title}`);

const P = (topic: string) => `${topic}工作扎实推进，组织委员开展调研视察，形成调研报告12篇，提出意见建议86条，多项建议被党委政府采纳。`;
const PT = (topic: string) => `${topic}工作紮實推進，組織委員開展調研視察，形成調研報告12篇，提出意見建議86條，多項建議被黨委政府採納。`;

describe('nesting follows the document', () => {
  it('puts 一、 under unnumbered parts and 1. under 一、', () => {
    expect(shape([
      '中国人民政治协商会议第十三届某某市委员会常务委员会工作报告', '各位委员、同志们:', P('过去一年'),
      '2018年工作回顾', P('回顾'), '一、坚持聚焦中心任务，切实提高协商议政水平', P('协商'),
      '1.紧扣深化改革建真言。' + P('改革'), '2.紧扣市场转型献良策。' + P('市场'),
      '二、坚持以人民为中心，努力增进民生福祉', P('民生'), '2019年工作任务', P('任务'),
      '一、学习新思想，坚定正确政治方向', P('学习'), '二、服务高水平，全力助推改革开放', P('服务'),
    ])).toEqual([
      '1 - 2018年工作回顾', '2 一 坚持聚焦中心任务，切实提高协商议政水平', '3 1 紧扣深化改革建真言', '3 2 紧扣市场转型献良策',
      '2 二 坚持以人民为中心，努力增进民生福祉', '1 - 2019年工作任务', '2 一 学习新思想，坚定正确政治方向', '2 二 服务高水平，全力助推改革开放',
    ]);
  });

  it('puts (一) under numbered parts and lead sentences under (一), in traditional script', () => {
    expect(shape([
      '各位委員，各位同志：', PT('一年來'), '一、2022年工作回顧', PT('全年'),
      '（一）建設“忠誠政協”，堅持黨的全面領導更加堅定', '思想武裝全面加強。' + PT('學習'), '政治自覺全面提高。' + PT('政治'), '政協黨建全面推進。' + PT('黨建'),
      '（二）建設“善為政協”，助力發展大局更加務實', '建言資政更精準。' + PT('建言'), '民主監督有實效。' + PT('監督'),
      '二、2023年工作安排', PT('新的一年'), '（一）高站位政治引領，推動理論武裝新提升', '知之愈深，信之愈堅，行之愈篤。' + PT('理論'),
      '（二）高品質凝聚共識，拓展凝心聚力新合力', '人民政協因團結而生、依團結而存、靠團結而興。' + PT('共識'),
    ])).toEqual([
      '1 一 2022年工作回顧', '2 (一) 建設“忠誠政協”，堅持黨的全面領導更加堅定', '3 - 思想武裝全面加強', '3 - 政治自覺全面提高', '3 - 政協黨建全面推進',
      '2 (二) 建設“善為政協”，助力發展大局更加務實', '3 - 建言資政更精準', '3 - 民主監督有實效',
      '1 二 2023年工作安排', '2 (一) 高站位政治引領，推動理論武裝新提升', '2 (二) 高品質凝聚共識，拓展凝心聚力新合力',
    ]);
  });

  it('takes a part heading standing right under the title', () => {
    expect(shape([
      '某某区政协2020年工作总结和2021年工作要点', '2020年工作总结', P('全年'), '一、把牢政治方向，政治引领更加有力', P('政治'),
      '2021年工作要点', P('新的一年'), '一、坚持党的领导，夯实思想政治基础', P('学习'),
    ])).toEqual([
      '1 - 2020年工作总结', '2 一 把牢政治方向，政治引领更加有力', '1 - 2021年工作要点', '2 一 坚持党的领导，夯实思想政治基础',
    ]);
  });

  it('opens a deeper level for a style seen first below another and returns to known styles', () => {
    expect(shape([
      '一、主要工作', P('主要'), '1.加强学习。' + P('学习'), '（1）组织专题学习。' + P('专题'), '（2）开展集中研讨。' + P('研讨'),
      '2.加强监督。' + P('监督'), '二、存在问题', P('问题'), '1.协商质量有待提高。' + P('质量'),
    ])).toEqual([
      '1 一 主要工作', '2 1 加强学习', '3 (1) 组织专题学习', '3 (2) 开展集中研讨', '2 2 加强监督', '1 二 存在问题', '2 1 协商质量有待提高',
    ]);
  });

  it('reads Markdown headings as hints: the title region stays out, numbering decides levels', () => {
    expect(shape([
      '# 中国人民政治协商会议', '## 第四届委员会常务委员会工作报告(摘要)', '2020年4月20日在政协第四届委员会第四次会议上', '区政协主席 徐连土',
      '### 一、2019年工作回顾', '#### (一)始终坚持党的领导，致力把牢正确的政治方向', P('常委会'),
      '**把思想理论武装摆在首位。**' + P('学习'), '**扎实开展“不忘初心、牢记使命”主题教育。**' + P('教育'),
      '### 二、2020年工作安排', '#### (一)强化理论武装，增强政治新担当', P('理论'),
    ])).toEqual([
      '1 一 2019年工作回顾', '2 (一) 始终坚持党的领导，致力把牢正确的政治方向', '3 - 把思想理论武装摆在首位', '3 - 扎实开展“不忘初心、牢记使命”主题教育',
      '1 二 2020年工作安排', '2 (一) 强化理论武装，增强政治新担当',
    ]);
  });
});

describe('unnumbered markup headings', () => {
  it('nest by markup level below the title', () => {
    const r = buildOutline([
      { text: '某某市政协常务委员会工作报告', markupLevel: 1 }, { text: '过去一年工作回顾', markupLevel: 2 },
      { text: '坚持党的领导', markupLevel: 3 }, { text: P('党建') }, { text: '服务中心大局', markupLevel: 3 }, { text: P('调研') },
      { text: '今年工作建议', markupLevel: 2 }, { text: P('建议') },
    ]);
    expect(r.outline.map((h) => `${h.level} ${h.title} ${h.source}`)).toEqual([
      '1 过去一年工作回顾 markup', '2 坚持党的领导 markup', '2 服务中心大局 markup', '1 今年工作建议 markup',
    ]);
  });
});

describe('markup hints that are not headings', () => {
  it('ignores heading styles on salutations, sentences and dates', () => {
    const r = buildOutline([
      { text: '一、主要工作' }, { text: P('主要') }, { text: '各位代表：', markupLevel: 2 }, { text: P('代表') },
      { text: '我们要再接再厉。', markupLevel: 2 }, { text: P('努力') }, { text: '2024年1月10日', markupLevel: 3 },
    ]);
    expect(r.outline.map((h) => h.title)).toEqual(['主要工作']);
  });
});

describe('headings sharing a line with body text', () => {
  it('becomes a heading paragraph followed by a body paragraph', () => {
    const r = parse(['一、過去一年的主要工作', '（一）在彰顯國家根本政治制度優勢上有新作為。認真落實黨的二十大精神，推動人民代表大會制度在義烏落地生根。', '（二）在推動奮力譜寫中國式現代化義烏篇章上有新作為。圍繞迭代八大新場景，全力參與。']);
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '一、過去一年的主要工作', '（一）在彰顯國家根本政治制度優勢上有新作為。', '認真落實黨的二十大精神，推動人民代表大會制度在義烏落地生根。',
      '（二）在推動奮力譜寫中國式現代化義烏篇章上有新作為。', '圍繞迭代八大新場景，全力參與。',
    ]);
    expect(r.outline.map((h) => [h.title, h.number, h.para, h.span, h.source])).toEqual([
      ['過去一年的主要工作', '一', 0, [0, 5], 'numbered'],
      ['在彰顯國家根本政治制度優勢上有新作為', '(一)', 1, [1, 3], 'numbered'],
      ['在推動奮力譜寫中國式現代化義烏篇章上有新作為', '(二)', 3, [3, 5], 'numbered'],
    ]);
    expect(r.paragraphs.filter((p) => p.heading !== undefined).map((p) => p.heading)).toEqual([0, 1, 2]);
  });

  it('ends a numbered heading at the spaces that separate it from body text', () => {
    const r = parse(['一、2022年工作回顾　　一年来，市政协围绕中心、服务大局，各项工作取得新成效。', '二、2023年工作建议 新的一年，市政协将坚持团结和民主两大主题。']);
    expect(r.outline.map((h) => h.title)).toEqual(['2022年工作回顾', '2023年工作建议']);
    expect(r.paragraphs.map((p) => p.text)).toEqual(['一、2022年工作回顾', '一年来，市政协围绕中心、服务大局，各项工作取得新成效。', '二、2023年工作建议', '新的一年，市政协将坚持团结和民主两大主题。']);
  });

  it('keeps a stray space inside a heading title', () => {
    expect(parse(['一、加强 理论学习。深入学习习近平新时代中国特色社会主义思想。']).outline.map((h) => h.title)).toEqual(['加强 理论学习']);
  });

  it('ends a numbered heading at a short label\'s colon', () => {
    const r = parse(['一、2024年工作安排', '（一）总体要求：坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。', '（二）主要目标：地区生产总值增长6%左右。']);
    expect(r.outline.map((h) => h.title)).toEqual(['2024年工作安排', '总体要求', '主要目标']);
    expect(r.paragraphs[1]!.text).toBe('（一）总体要求：');
  });

  it('takes leads standing on their own lines, bold or plain', () => {
    const bold = buildOutline([
      { text: '（一）强化理论武装' }, { text: '思想武装全面加强。', boldLead: 9 }, { text: P('学习') },
      { text: '政治自觉全面提高。', boldLead: 9 }, { text: P('政治') },
    ]);
    expect(bold.outline.map((h) => `${h.level} ${h.title}`)).toEqual(['1 强化理论武装', '2 思想武装全面加强', '2 政治自觉全面提高']);
    expect(shape(['（一）强化理论武装', '思想武装全面加强。', P('学习'), '政治自觉全面提高。', P('政治')]))
      .toEqual(['1 (一) 强化理论武装', '2 - 思想武装全面加强', '2 - 政治自觉全面提高']);
  });

  it('splits a lead sentence from its paragraph', () => {
    const r = parse(['（一）强化理论武装', '全力助推市场繁荣发展。' + P('市场'), '全力助推经济稳进提质。' + P('经济')]);
    expect(r.paragraphs.map((p) => p.text).slice(0, 3)).toEqual(['（一）强化理论武装', '全力助推市场繁荣发展。', P('市场')]);
    expect(r.outline.map((h) => h.source)).toEqual(['numbered', 'lead', 'lead']);
  });
});

describe('look-alikes that are not headings', () => {
  const base = ['一、主要工作', P('主要')];

  it('list items running through a paragraph (1.xxx；2.xxx；)', () => {
    expect(shape([...base, '1.完善协商制度；', '2.健全监督机制；', '3.加强队伍建设。'])).toEqual(['1 一 主要工作']);
  });

  it('numbered sentences reporting figures', () => {
    expect(shape([...base, '1、组织委员开展调研视察，形成调研报告12篇，提出意见建议86条。', '2、办理提案246件，办复率100%。']))
      .toEqual(['1 一 主要工作']);
  });

  it('numbers that restart under the same heading', () => {
    expect(shape([...base, '1.加强学习。' + P('学习'), '2.加强监督。' + P('监督'), '1.召开会议12次，形成意见建议45条，均已报送市委。' + P('会议')]))
      .toEqual(['1 一 主要工作', '2 1 加强学习', '2 2 加强监督']);
  });

  it('a list announced by a colon that restarts the top numbering', () => {
    expect(shape([
      '一、2022年工作回顾', P('回顾'), '同时，我们也清醒认识到，工作中还存在一些不足，主要是：',
      '一、协商议政质量有待提高。', '二、民主监督实效有待增强。', '二、2023年工作安排', P('安排'),
    ])).toEqual(['1 一 2022年工作回顾', '1 二 2023年工作安排']);
  });

  it('a number that does not continue its run', () => {
    expect(shape([...base, '二、存在问题', P('问题'), '七、今后打算', P('打算')])).toEqual(['1 一 主要工作', '1 二 存在问题']);
  });

  it('a year or date opening a paragraph', () => {
    expect(shape([...base, '2019年是新中国成立70周年。' + P('一年'), '2019年1月23日，市政协召开全体会议。' + P('会议')])).toEqual(['1 一 主要工作']);
  });

  it('a very long "heading" sentence', () => {
    const long = '2.市政协围绕全市中心工作，深入开展调查研究，积极建言献策，组织委员视察重点项目建设情况，推动一批重大项目顺利落地见效并取得明显成效。' + P('视察');
    expect(shape([...base, '1.加强学习。' + P('学习'), long])).toEqual(['1 一 主要工作', '2 1 加强学习']);
  });

  it('salutations and the closing paragraph', () => {
    expect(shape([...base, '各位委员、同志们:', '各位委员！让我们更加紧密地团结在以习近平同志为核心的党中央周围。', '谢谢大家！'])).toEqual(['1 一 主要工作']);
  });

  it('a single short opening sentence under a heading', () => {
    expect(shape([...base, '（一）凝聚共识', '人民政协因团结而生、依团结而存、靠团结而兴。' + P('共识'), P('团结')]))
      .toEqual(['1 一 主要工作', '2 (一) 凝聚共识']);
  });

  it('statements and instructions opening paragraphs (…是…。 要…。)', () => {
    expect(shape([...base, '（一）扩大有效投资', '项目是经济发展的生命线。' + P('项目'), '要把项目建设摆在突出位置。' + P('建设'), '要强化要素保障。' + P('要素')]))
      .toEqual(['1 一 主要工作', '2 (一) 扩大有效投资']);
  });

  it('enumerations and connectives opening paragraphs (一是…, 同时…)', () => {
    expect(shape([...base, '一是紧盯节点。' + P('节点'), '二是纠治形式主义。' + P('作风'), '三是通报曝光典型。' + P('通报')])).toEqual(['1 一 主要工作']);
  });

  it('a salutation written without its colon', () => {
    expect(shape([...base, '各位代表', P('过去一年')])).toEqual(['1 一 主要工作']);
  });

  it('numbered entries of an annex after the report', () => {
    expect(shape([...base, '名词解释', '1.三服务：服务企业、服务群众、服务基层。', '2.两山：绿水青山就是金山银山。'])).toEqual(['1 一 主要工作']);
  });

  it('a slogan quoted on a line of its own', () => {
    expect(shape([...base, '绿水青山就是金山银山', P('生态')])).toEqual(['1 一 主要工作']);
  });

  it('short lines at the end: office and date', () => {
    expect(shape([...base, '某某市政协办公室', '2019年1月23日'])).toEqual(['1 一 主要工作']);
  });

  it('numeral runs such as 一、二、三产业', () => {
    expect(shape([...base, '一、二、三产业协调发展，全年实现增加值1200亿元。'])).toEqual(['1 一 主要工作']);
  });

  it('lines before the report body (title, meeting, speaker)', () => {
    expect(shape(['某某市人民政府工作报告', '——2023年2月14日在某某市第九届人民代表大会第三次会议上', '市长 李明远', '各位代表：', P('过去一年'), ...base]))
      .toEqual(['1 一 主要工作']);
  });
});
