import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { extractDocx } from '../../src/parse/extract/docx';
import { extract } from '../../src/parse/extract';
import { parseReport } from '../../src/parse/index';
import { documentXml, makeDeclaredBomb, makeDocx, makeLyingZip, makeRatioBomb, makeZip, para } from '../support/make-docx';
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
    expect(performance.now() - t0).toBeLessThan(1000);
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
