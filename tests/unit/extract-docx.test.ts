import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { extractDocx } from '../../src/parse/extract/docx';
import { extract } from '../../src/parse/extract';
import { parseReport } from '../../src/parse/index';
import { documentXml, makeDeclaredBomb, makeDocx, makeLyingZip, makeRatioBomb, makeZip, NUMBERING_XML, para } from '../support/make-docx';
import { chineseNumeral, formatNumber } from '../../src/parse/extract/docx-numbering';
import { fixtureLines, FIXTURES, toDocx } from '../support/report-formats';

function blocks(bytes: Uint8Array) {
  const r = extractDocx(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.blocks;
}

describe('docx: structure from Word', () => {
  it('heading styles by name (Chinese ids, English ids, 标题 N, basedOn) and direct outline levels', () => {
    const doc = makeDocx([
      para('中国人民政治协商会议工作报告', { style: 'PartHead' }),
      para('一、2022年工作回顾', { style: '1' }),
      para('（一）强化理论武装', { style: '2' }),
      para('1.思想武装全面加强', { style: 'Heading3' }),
      para('直接设置大纲级别的标题', { outline: 1 }),
      para('正文一段', { outline: 9 }),
      para('样式循环不应卡住', { style: 'Loop1' }),
      para('未知样式', { style: 'Nope' }),
    ]);
    expect(blocks(doc).map((b) => [b.text, b.markupLevel])).toEqual([
      ['中国人民政治协商会议工作报告', 1], ['一、2022年工作回顾', 1], ['（一）强化理论武装', 2], ['1.思想武装全面加强', 3],
      ['直接设置大纲级别的标题', 2], ['正文一段', undefined], ['样式循环不应卡住', undefined], ['未知样式', undefined],
    ]);
  });

  it('English style ids still give levels when styles.xml is missing', () => {
    const doc = makeDocx([para('总体要求', { style: 'Heading2' }), para('正文')], { styles: false });
    expect(blocks(doc)[0]).toEqual({ text: '总体要求', markupLevel: 2 });
  });

  it('a bold run opening a paragraph is a bold lead; a bold paragraph mark is not', () => {
    const out = blocks(makeDocx([para('思想武装全面加强。坚持理论学习。', { boldLead: '思想武装全面加强。' }), para('普通正文，没有加粗。')]));
    expect(out[0]).toEqual({ text: '思想武装全面加强。坚持理论学习。', boldLead: 9 });
    expect(out[1]).toEqual({ text: '普通正文，没有加粗。' });
  });

  it('numbered paragraphs are list items; tabs kept; manual line breaks split blocks', () => {
    const out = blocks(makeDocx([
      para('加强委员队伍建设', { numbered: { numId: 3, ilvl: 1 } }),
      para('一、\t总体要求'),
      { runs: [{ text: '第一行\n第二行' }] },
    ]));
    expect(out).toEqual([{ text: '加强委员队伍建设', listItem: true }, { text: '一、\t总体要求' }, { text: '第一行' }, { text: '第二行' }]);
  });

  it('automatic numbering is rendered as Word shows it, counting per list and level; bullets are list items', () => {
    const n = (numId: number, ilvl: number) => ({ numbered: { numId, ilvl } });
    const doc = makeDocx([
      para('2022年工作回顾', n(1, 0)), para('强化理论武装', n(1, 1)), para('学习会议', n(1, 2)), para('调研视察', n(1, 2)),
      para('提升履职水平', n(1, 1)), para('学习会议', n(1, 2)), para('2023年工作任务', n(1, 0)), para('坚持党的领导', n(1, 1)),
      para('要点一', n(2, 0)), para('第三项', n(3, 0)), para('第四项', n(3, 0)), para('思想武装全面加强。坚持学习。', { ...n(1, 2), boldLead: '思想武装全面加强。' }),
    ], { extra: { 'word/numbering.xml': NUMBERING_XML } });
    expect(blocks(doc)).toEqual([
      { text: '一、2022年工作回顾' }, { text: '（一）强化理论武装' }, { text: '1.学习会议' }, { text: '2.调研视察' },
      { text: '（二）提升履职水平' }, { text: '1.学习会议' }, { text: '二、2023年工作任务' }, { text: '（一）坚持党的领导' },
      { text: '要点一', listItem: true }, { text: '③第三项' }, { text: '④第四项' }, { text: '1.思想武装全面加强。坚持学习。', boldLead: 11 },
    ]);
  });

  it('numbering linked to a paragraph style counts too, and a manual break does not repeat the number', () => {
    const doc = makeDocx([para('2022年工作回顾', { style: 'PartNumbered' }), para('正文'), { runs: [{ text: '2023年\n工作任务' }], style: 'PartNumbered' }],
      { extra: { 'word/numbering.xml': NUMBERING_XML } });
    expect(blocks(doc)).toEqual([
      { text: '一、2022年工作回顾', markupLevel: 1 }, { text: '正文' }, { text: '二、2023年', markupLevel: 1 }, { text: '工作任务', markupLevel: 1 },
    ]);
  });

  it('table-of-contents entries are not read as a second copy of the headings', () => {
    const doc = makeDocx([para('目录'), para('一、2022年工作回顾\t3', { style: '10' }), para('一、2022年工作回顾', { style: '1' }), para('正文')]);
    expect(blocks(doc).map((b) => b.text)).toEqual(['目录', '一、2022年工作回顾', '正文']);
  });

  it('tables give one block per row, cells joined by spaces', () => {
    const out = blocks(makeDocx([para('主要指标'), { rows: [['项目', '数量'], ['交办提案', '302件'], ['', '']] }, para('表后正文')]));
    expect(out.map((b) => b.text)).toEqual(['主要指标', '项目 数量', '交办提案 302件', '表后正文']);
  });

  it('text box fallbacks and deleted text are not read twice or at all; entities decoded', () => {
    const xml = documentXml([para('前文')]).replace('<w:sectPr/>',
      '<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>文本框</w:t></mc:Choice><mc:Fallback><w:t>文本框</w:t></mc:Fallback></mc:AlternateContent></w:r>'
      + '<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:r><w:t>&lt;关于&gt;&amp;</w:t></w:r></w:p><w:sectPr/>');
    const doc = zipSync({ 'word/document.xml': strToU8(xml) });
    expect(blocks(doc).map((b) => b.text)).toEqual(['前文', '文本框<关于>&']);
  });

  for (const name of FIXTURES) {
    it(`${name}: one paragraph per line comes back line for line`, () => {
      const lines = fixtureLines(name);
      expect(blocks(toDocx(lines)).map((b) => b.text)).toEqual(lines);
    });
  }
});

describe('docx: number formats', () => {
  it('Chinese numerals and the other formats Word offers', () => {
    expect([1, 9, 10, 11, 20, 35, 100, 105, 110, 999].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '三十五', '一百', '一百零五', '一百一十', '九百九十九']);
    expect(['upperLetter', 'lowerRoman', 'decimalZero', 'decimalFullWidth', 'ideographTraditional'].map((f) => formatNumber(4, f))).toEqual(['D', 'iv', '04', '４', '丁']);
    expect(formatNumber(28, 'lowerLetter')).toBe('ab');
  });
});

describe('docx: refused archives', () => {
  it('a zip without word/document.xml is not a Word document', () => {
    const r = extractDocx(makeZip({ 'xl/workbook.xml': '<workbook/>' }));
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/^不是 Word 文档.*not a Word document/);
  });
  it('a ratio bomb is refused before inflating', () => {
    const r = extractDocx(makeRatioBomb());
    expect(!r.ok && r.error).toMatch(/压缩炸弹.*zip bomb/);
  });
  it('declared sizes over 200 MB in total are refused', () => {
    const r = extractDocx(makeDeclaredBomb());
    expect(!r.ok && r.error).toMatch(/zip bomb/);
  });
  it('a header that understates the real size is caught while inflating', () => {
    const t0 = performance.now();
    const r = extractDocx(makeLyingZip());
    expect(!r.ok && r.error).toMatch(/zip bomb/);
    // Stops at the limit instead of inflating everything; generous for a shared machine.
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
  it('truncated and garbled .docx files give a plain error, never an exception', () => {
    const good = makeDocx([para('正文'.repeat(500))]);
    for (const cut of [0, 10, 100, good.length >> 1, good.length - 30]) {
      const r = extract('docx', good.subarray(0, cut));
      expect(r.ok).toBe(false);
    }
    const garbled = good.slice();
    for (let i = 60; i < 160; i++) garbled[i] = 0xaa;
    expect(parseReport(garbled, 'x.docx')).toMatchObject({ ok: false });
  });
});
