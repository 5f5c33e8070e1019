// Text damage seen on pages nobody here tuned on: escape remnants written out as text, a scraper's
// labelled header above the text, a wiki page cut at its links, a page holding the report twice.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import { parseReport } from '../../src/parse/index';
import { repairEscapeText } from '../../src/parse/clean/escapes';
import { takeLabelledHeader } from '../../src/parse/clean/labelled-header';
import { rejoinLinkLines } from '../../src/parse/clean/link-lines';
import { dropSecondCopy } from '../../src/parse/clean/duplicate';
import { toContract } from '../../src/cli/contract';

const blocks = (lines: string[]) => lines.map((text) => ({ text }));
const texts = (lines: string[]) => clean(blocks(lines)).blocks.map((b) => b.text);
function parsed(text: string, name = 'report.txt') {
  const r = parseReport(new TextEncoder().encode(text), name);
  if (!r.ok) throw new Error(r.error);
  return r.report;
}

describe('escape remnants', () => {
  it('turns entities, code-point tags and written-out escapes into the spaces they stood for', () => {
    expect(repairEscapeText('市长&nbsp;&nbsp;张三')).toBe('市长  张三');
    expect(repairEscapeText('<U+00A0>市长<U+3000>张三')).toBe(' 市长\u3000张三');
    expect(repairEscapeText('&#12288;&#12288;正文')).toBe('\u3000\u3000正文');
    expect(repairEscapeText('\\u3000\\u3000现在，我代表')).toBe('\u3000\u3000现在，我代表');
    expect(repairEscapeText('&amp;nbsp;正文&#160;')).toBe(' 正文 ');
  });
  it('drops zero-width characters, inside words and headings too', () => {
    expect(repairEscapeText('二、2025\u200b年工作\ufeff建议')).toBe('二、2025年工作建议');
  });
  it('leaves real ampersands, angle brackets and backslashes alone', () => {
    expect(repairEscapeText('R&D投入<5%，路径C:\\data')).toBe('R&D投入<5%，路径C:\\data');
  });
  it('makes lines of remnants blank, so they are no paragraphs', () => {
    expect(texts(['各位委员：', '&#12288;', '<U+00A0><U+00A0>', '\\u3000', '现在，我代表常务委员会报告工作。']))
      .toEqual(['各位委员：', '现在，我代表常务委员会报告工作。']);
  });
});

describe('a scraper\'s labelled header', () => {
  const header = ['标题：某某市人民政府工作报告', '发文单位：某某市人民政府办公室', '发文时间：2024-01-25',
    '报告人：某某市人民政府市长 张三', '来源URL：https://www.example.gov.cn/art/2024/1/25/art_1.html', '正文：'];
  it('takes the fields out of the text, up to 正文：', () => {
    const r = takeLabelledHeader(blocks([...header, '——2024年1月18日在某某市第十七届人民代表大会第三次会议上', '各位代表：']));
    expect(r.fields.map((f) => f.label)).toEqual(['标题', '发文单位', '发文时间', '报告人', '来源URL']);
    expect(r.fields[3]!.value).toBe('某某市人民政府市长 张三');
    expect(r.blocks.map((b) => b.text)).toEqual(['——2024年1月18日在某某市第十七届人民代表大会第三次会议上', '各位代表：']);
  });
  it('reads fields run together on one line and keeps text after 正文： as the first paragraph', () => {
    const r = takeLabelledHeader(blocks(['标题：某某县政协常委会工作报告 发文时间：2024-01-10 报告人：县政协主席 李四 正文：各位委员：', '现在，我代表常务委员会报告工作。']));
    expect(r.fields.map((f) => f.label)).toEqual(['标题', '发文时间', '报告人']);
    expect(r.blocks.map((b) => b.text)).toEqual(['各位委员：', '现在，我代表常务委员会报告工作。']);
  });
  it('leaves an ordinary news info line (来源 / 发布时间 / 作者) where it was', () => {
    const lines = ['某某县政府工作报告', '来源：县政府办', '发布时间：2024-01-10', '作者：办公室', '各位代表：'];
    expect(takeLabelledHeader(blocks(lines)).fields).toEqual([]);
  });
  it('becomes metadata and leaves the body', () => {
    const body = ['——2024年1月18日在某某市第十七届人民代表大会第三次会议上', '各位代表：',
      '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。', '一、2023年工作回顾',
      '过去一年，全市实现地区生产总值412.8亿元，新增市场主体1.2万户。'];
    const r = parsed([...header, ...body].join('\n'));
    expect(r).toMatchObject({ title: '某某市人民政府工作报告', publishDate: '2024-01-25', speaker: '张三',
      speakerPost: '某某市人民政府市长', body: 'government', locality: '某某市', meetingDate: '2024-01-18' });
    expect(r.sourceFields?.map((f) => f.label)).toEqual(['标题', '发文单位', '发文时间', '报告人', '来源URL']);
    const text = r.paragraphs.map((p) => p.text).join('\n');
    for (const word of ['标题', '发文单位', '报告人', '来源URL', 'https://', '正文']) expect(text).not.toContain(word);
    expect(toContract({ ok: true, report: r }).sourceFields).toEqual(r.sourceFields);
  });
});

describe('a wiki page cut at its links', () => {
  it('joins a sentence cut into several lines at each link', () => {
    const lines = ['现在，我代表', '国务院', '，向大会报告政府工作，请予审议，并请', '全国政协', '委员提出意见。',
      '深入实施区域协调发展战略，', '京津冀', '、', '长江经济带', '、', '粤港澳大湾区', '等区域重大战略扎实推进。'];
    expect(rejoinLinkLines(blocks(lines)).map((b) => b.text)).toEqual([
      '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。',
      '深入实施区域协调发展战略，京津冀、长江经济带、粤港澳大湾区等区域重大战略扎实推进。',
    ]);
  });
  it('joins a heading cut at a link into one heading, but not a complete heading into its paragraph', () => {
    // The page shows its cuts elsewhere too: lines opening with a comma after a linked word.
    const cuts = ['实施', '大规模设备更新', '、', '消费品以旧换新', '，带动消费增长。'];
    const lines = [...cuts, '一年来，我们坚持以', '习近平', '同志为核心的党中央坚强领导。', '（三）大力推进', '现代化产业体系', '建设，加快发展新质生产力',
      '（二）深化改革开放，持续增强发展动力活力', '认真贯彻党的', '二十届三中全会', '精神，推出一批改革举措。'];
    expect(rejoinLinkLines(blocks(lines)).map((b) => b.text)).toEqual([
      '实施大规模设备更新、消费品以旧换新，带动消费增长。', '一年来，我们坚持以习近平同志为核心的党中央坚强领导。', '（三）大力推进现代化产业体系建设，加快发展新质生产力',
      '（二）深化改革开放，持续增强发展动力活力', '认真贯彻党的二十届三中全会精神，推出一批改革举措。',
    ]);
  });
  it('does not run an unnumbered part heading into a paragraph that opens with a link', () => {
    const lines = ['实施', '大规模设备更新', '、', '消费品以旧换新', '，带动消费增长。', '2024年工作回顾', '习近平', '同志为核心的党中央坚强领导下，经济回升向好。'];
    expect(rejoinLinkLines(blocks(lines)).map((b) => b.text).slice(1)).toEqual(['2024年工作回顾', '习近平同志为核心的党中央坚强领导下，经济回升向好。']);
  });
  it('drops the wiki\'s own lines: tagline, skip links, licence, categories, revision date, policy links', () => {
    const body = Array.from({ length: 6 }, (_, i) => `第${i + 1}段正文，全年新增市场主体1.2万户，各项工作取得新的成效。`);
    const lines = ['维基文库，自由的图书馆', '跳到导航', '跳到搜索', '政府工作报告', ...body,
      '本作品来自中华人民共和国国务院的公开发布，依据《中华人民共和国著作权法》第五条，本作品不适用于该法，在全世界都属于公有领域。',
      '取自“', 'https://zh.wikisource.org/w/index.php?title=x', '”', '分类：', '中华人民共和国政府工作报告', '2025年作品',
      '本页面最后修订于2025年3月20日 (星期四) 08:12。', '隐私政策', '免责声明'];
    expect(texts(lines)).toEqual(['政府工作报告', ...body]);
  });
  it('keeps a post line and a name line apart from the meeting line above them', () => {
    const lines = ['现在，我代表', '国务院', '，向大会报告。', '——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理', '李强', '各位代表：', '并请', '全国政协', '，委员提出意见。'];
    expect(rejoinLinkLines(blocks(lines)).map((b) => b.text).slice(1, 4)).toEqual(['——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理', '李强']);
  });
  it('leaves a hard-wrapped copy whose full lines run into a comma to the line rejoiner', () => {
    const lines = ['全年实现地区生产总值4015.1亿元，增长4.6%，固定资产投资增长10.8%', '，社会消费品零售总额实现正增长。', '（一）坚持扩大有效需求', '全力抓项目稳投资'];
    expect(rejoinLinkLines(blocks(lines))).toEqual(blocks(lines));
  });
});

describe('a page holding the report twice', () => {
  const report = ['某某县人民代表大会常务委员会工作报告', '发布时间：2024-01-17', '各位代表：',
    '我受县人大常委会委托，向大会报告工作，请予审议，并请列席人员提出意见。', '一、过去一年的主要工作',
    '一年来，县人大常委会在县委的坚强领导下，依法履职，全年召开常委会会议9次、主任会议22次。',
    '（一）突出政治引领，坚持正确方向', '坚持党对人大工作的全面领导，全年向县委请示报告重要事项17件，开展调研21项。',
    '二、今年的主要任务', '计划听取审议专项工作报告20项，开展执法检查3次、专题询问1次，开展满意度测评2次。'];
  it('keeps the first copy and drops the second with its own header', () => {
    const r = dropSecondCopy(blocks([...report, '打印本页', ...report, '版权所有']));
    expect(r.blocks.map((b) => b.text)).toEqual([...report, '打印本页', '版权所有']);
    expect(r.dropped).toBe(report.length);
  });
  it('parses the report once and says so', () => {
    const r = parsed([...report, ...report].join('\n'));
    expect(r.outline.map((h) => h.title)).toEqual(['过去一年的主要工作', '突出政治引领，坚持正确方向', '今年的主要任务']);
    expect(r.figures.filter((f) => f.value === 22)).toHaveLength(1);
    expect(r.warnings.some((w) => w.code === 'second-copy' && w.message.includes('print version'))).toBe(true);
  });
  it('keeps a sentence the report repeats, and a summary that repeats a few paragraphs', () => {
    const twice = [...report, '一年来，县人大常委会在县委的坚强领导下，依法履职，全年召开常委会会议9次、主任会议22次。', '以上为摘要。'];
    expect(dropSecondCopy(blocks(twice)).dropped).toBe(0);
  });
});

describe('closing words after 各位代表！', () => {
  it('hold no subheads, however short their sentences', () => {
    const text = ['政府工作报告', '各位代表：', '现在，我代表县人民政府向大会报告工作，请予审议。', '一、2024年工作任务',
      '（一）加大保障和改善民生力度', '城乡居民基础养老金最低标准再提高20元。居民医保人均财政补助标准再提高30元，让群众得到实惠。',
      '各位代表！', '新时代新征程，使命光荣、任务艰巨。我们要更加紧密地团结在党中央周围，坚定信心，砥砺奋进，努力奋斗！',
      '风雨无阻向前进，砥砺奋进再出发。让我们携手并肩，为全面建设社会主义现代化国家而努力奋斗！'].join('\n');
    expect(parsed(text).outline.map((h) => h.title)).toEqual(['2024年工作任务', '加大保障和改善民生力度']);
  });
});

describe('doubled commas', () => {
  it('drops an ASCII comma written before another mark, as pinyin-annotating pages do, so headings read again', () => {
    const text = ['中國人民政治協(xié)商會議全國委員會常務(wù)委員會工作報告', '各位委員:', '我代表常務(wù)委員會,,向大會報告工作,,請予審議。',
      '一,、2023年主要工作', '2023年是開局之年,。全年開展視察考察78次,,提出建議120條。', '二,、今後工作', '堅持團結和民主兩大主題,。'].join('\n');
    const report = parsed(text);
    expect(report.outline.map((h) => h.title)).toEqual(['2023年主要工作', '今後工作']);
    expect(report.paragraphs.map((p) => p.text)).toContain('2023年是開局之年。全年開展視察考察78次,提出建議120條。');
    expect(texts(['交办提案302件,比上年增加12件。', '合计1,234,567元。'])).toEqual(['交办提案302件,比上年增加12件。', '合计1,234,567元。']);
  });
});

describe('a site’s disclaimer on a copied report', () => {
  it('is page furniture, in either script, even as running text', () => {
    const lines = ['人大常委会工作报告', '导语:人大常委会工作报告一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。', '各位代表:',
      '我受区人民代表大会常务委员会的委托,向大会报告工作,请予审议。', '本文內容轉載請註明出處。如有侵權請聯繫刪除。'];
    expect(texts(lines)).toEqual(['人大常委会工作报告', '各位代表:', '我受区人民代表大会常务委员会的委托,向大会报告工作,请予审议。']);
  });
});

describe('a government site’s page header', () => {
  it('drops the site name and a breadcrumb that does not start the line', () => {
    const lines = ['常宁市党政门户网', '当前页面: 首页  > 政务公开 > 专题专栏 > 两会专题 > 重要报告', '某市人民政府网站', '中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告',
      '各位委员、同志们:', '我代表常务委员会,向大会报告工作,请予审议。', '建设政府网站集约化平台'];
    expect(texts(lines)).toEqual(['中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告', '各位委员、同志们:', '我代表常务委员会,向大会报告工作,请予审议。', '建设政府网站集约化平台']);
  });
});
