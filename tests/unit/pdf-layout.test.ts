// The PDF layout step on synthetic positioned text: lines, paragraphs, headings, page breaks,
// running headers and footers, exporter spaces. Pages are A4 (595 x 842), body 16 pt 仿宋 with a
// two-character first-line indent, lines 28 pt apart, text from x = 80 to x = 524.
import { describe, expect, it } from 'vitest';
import { layoutPdf, type PdfItem, type PdfPage } from '../../src/parse/extract/pdf-layout';

const SIZE = 16;
const LEFT = 80;
const WIDTH = 444;

interface L { text: string; x?: number; y: number; font?: string; size?: number; runs?: [string, string][] }

/** A line as an exporter writes it: several runs of up to 7 characters, each character SIZE wide. */
function items(l: L): PdfItem[] {
  const size = l.size ?? SIZE;
  const runs = l.runs ?? [[l.text, l.font ?? 'fangsong']];
  const out: PdfItem[] = [];
  let x = l.x ?? LEFT;
  for (const [text, font] of runs) {
    for (let i = 0; i < text.length; i += 7) {
      const str = text.slice(i, i + 7);
      out.push({ str, x, y: l.y, width: str.length * size, size, font });
      x += str.length * size;
    }
  }
  return out;
}

const page = (lines: L[]): PdfPage => ({ width: 595, height: 842, items: lines.flatMap(items) });
/** Body lines from the top of the text area down, one pitch apart; indent on the first. */
function paragraphLines(texts: string[], top: number, indent = true): L[] {
  return texts.map((text, i) => ({ text, y: top - i * 28, x: i === 0 && indent ? LEFT + 2 * SIZE : LEFT }));
}
const full = (s: string, indent = false) => s.repeat(Math.ceil(28 / s.length)).slice(0, (WIDTH / SIZE) - (indent ? 2 : 0));
const texts = (pages: PdfPage[]) => layoutPdf(pages).map((b) => b.text);

describe('layoutPdf: lines into paragraphs', () => {
  it('joins lines broken by the page width with no space, and starts a paragraph at an indent', () => {
    const a1 = full('一年来市政协围绕中心', true);
    const a2 = full('积极建言献策服务大局');
    const lines = [...paragraphLines([a1, a2, '交办提案三百件。'], 700), ...paragraphLines([full('新的段落开头', true), '结尾。'], 616)];
    expect(texts([page(lines)])).toEqual([a1 + a2 + '交办提案三百件。', full('新的段落开头', true) + '结尾。']);
  });
  it('a line that ends short ends its paragraph even when the next is not indented', () => {
    const lines = paragraphLines(['各位委员：', '我受委托报告工作。'], 700, false);
    expect(texts([page(lines)])).toEqual(['各位委员：', '我受委托报告工作。']);
  });
  it('a sentence ending at the margin followed by 一、 at the line start starts a heading paragraph', () => {
    const l1 = full('工作内容', true).slice(0, -1) + '。';
    const lines = [...paragraphLines([full('前文', true), l1], 700), { text: '二、今年的任务', y: 644 }, ...paragraphLines(['任务内容。'], 616)];
    expect(texts([page(lines)])).toEqual([full('前文', true) + l1, '二、今年的任务', '任务内容。']);
  });
  it('a larger vertical gap starts a paragraph (layouts without indents)', () => {
    const l1 = full('第一段文字内容');
    const lines: L[] = [{ text: l1, y: 700 }, { text: full('第二段文字内容'), y: 650 }, { text: '完。', y: 622 }];
    expect(texts([page(lines)])).toEqual([l1, full('第二段文字内容') + '完。']);
  });
  it('joins a paragraph split across a page break', () => {
    const p1 = page([...paragraphLines([full('跨页段落前半', true), full('跨页段落中间')], 200)]);
    const p2 = page([{ text: '跨页段落后半。', y: 760 }, ...paragraphLines(['下一段。'], 732)]);
    expect(texts([p1, p2])).toEqual([full('跨页段落前半', true) + full('跨页段落中间') + '跨页段落后半。', '下一段。']);
  });
  it('keeps Latin words apart when a line breaks between them', () => {
    const lines: L[] = [{ text: 'x'.repeat(27) + 'words', y: 700 }, { text: 'follow here.', y: 672 }];
    expect(texts([page(lines)])).toEqual(['x'.repeat(27) + 'words follow here.']);
  });
});

describe('layoutPdf: headings by font', () => {
  it('a line in a heading font (黑体 against 仿宋 body) is its own paragraph and marked bold', () => {
    const body = paragraphLines([full('正文内容正文内容', true), '正文结束。'], 700);
    const heading: L = { text: '一、2022年工作回顾', y: 644, x: LEFT + 2 * SIZE, font: 'heiti' };
    const after = paragraphLines([full('回顾内容', true), '回顾结束。'], 616);
    const blocks = layoutPdf([page([...body, heading, ...after])]);
    expect(blocks.map((b) => b.text)).toEqual([full('正文内容正文内容', true) + '正文结束。', '一、2022年工作回顾', full('回顾内容', true) + '回顾结束。']);
    expect(blocks[1]!.boldLead).toBe('一、2022年工作回顾'.length);
    expect(blocks[0]!.boldLead).toBeUndefined();
  });
  it('a heading wrapped over two lines in its font is one paragraph; a centred title too', () => {
    const lines: L[] = [
      { text: '政协某某市委员会常务委员会', x: 150, y: 760, font: 'xiaobiaosong', size: 22 },
      { text: '工作报告', x: 250, y: 728, font: 'xiaobiaosong', size: 22 },
      ...paragraphLines([full('各位委员同志们', true), '请予审议。'], 680),
      { text: full('一、坚持围绕中心服务大局', true), x: LEFT + 2 * SIZE, y: 624, font: 'heiti' },
      { text: '切实提高协商议政水平', y: 596, font: 'heiti' },
      ...paragraphLines([full('内容', true), '完。'], 568),
    ];
    expect(texts([page(lines)])).toEqual(['政协某某市委员会常务委员会工作报告', full('各位委员同志们', true) + '请予审议。',
      full('一、坚持围绕中心服务大局', true) + '切实提高协商议政水平', full('内容', true) + '完。']);
  });
  it('a heading run opening a body line (（一）in 楷体, then 仿宋) becomes a bold lead', () => {
    const lead = '（一）在彰显担当上有新作为。';
    const line: L = { text: '', y: 700, x: LEFT + 2 * SIZE, runs: [[lead, 'kaiti'], [full('认真落实', true).slice(lead.length), 'fangsong']] };
    const rest = paragraphLines([full('正文', true), '完。'], 672).map((l, i) => (i === 0 ? { ...l, x: LEFT } : l));
    const blocks = layoutPdf([page([line, ...rest])]);
    expect(blocks[0]!.boldLead).toBe(lead.length);
    expect(blocks[0]!.text.startsWith(lead)).toBe(true);
  });
  it('fonts an exporter splits one typeface into (glyph subsets, a Latin face for digits) do not break paragraphs', () => {
    const l1: L = { text: '', y: 700, x: LEFT + 2 * SIZE, runs: [['全年交办提案', 'fs-a'], ['302', 'times'], ['件，组织', 'fs-a'], ['视', 'fs-b'], ['察协商活动多次和', 'fs-a'], ['调研', 'fs-b'], ['工作', 'fs-a']] };
    const l2: L = { text: '', y: 672, runs: [['取得', 'fs-a'], ['显著', 'fs-b'], ['成效。', 'fs-a']] };
    const more = paragraphLines([full('另一段落的正文', true), '完。'], 644).map((l) => ({ ...l, font: 'fs-a' }));
    const blocks = layoutPdf([page([l1, l2, ...more])]);
    expect(blocks.map((b) => b.text)[0]).toBe('全年交办提案302件，组织视察协商活动多次和调研工作取得显著成效。');
    expect(blocks.every((b) => b.boldLead === undefined)).toBe(true);
  });
});

describe('layoutPdf: running headers, footers and page numbers', () => {
  const forms = ['— 3 —', '-3-', '第3页', '第 3 页 共 26 页', '3/26', '3'];
  for (const form of forms) {
    it(`drops a page number like ${form}`, () => {
      const p = page([...paragraphLines(['正文一段。'], 700), { text: form, x: 280, y: 60, size: 14 }]);
      expect(texts([p])).toEqual(['正文一段。']);
    });
  }
  it('drops a running header repeated at the top of most pages, keeps the same words in the body', () => {
    const pages = [1, 2, 3, 4].map((n) => page([
      { text: '某某市人民政府文件', x: 250, y: 790, size: 10.5 },
      ...paragraphLines([full(`第${n}页正文`, true), `提到某某市人民政府文件。`], 700),
      { text: `— ${n} —`, x: 280, y: 60, size: 14 },
    ]));
    expect(texts(pages)).toEqual([1, 2, 3, 4].map((n) => `${full(`第${n}页正文`, true)}提到某某市人民政府文件。`));
  });
  it('keeps a line at the top of one page that does not repeat', () => {
    const p = page([{ text: '关于某某工作的报告', x: 200, y: 790, size: 22 }, ...paragraphLines([full('正文', true), '正文。'], 700)]);
    expect(texts([p])).toEqual(['关于某某工作的报告', full('正文', true) + '正文。']);
  });
});

describe('layoutPdf: spaces an exporter adds between Han and Western characters', () => {
  it('removes them when they stand at most such boundaries', () => {
    const lines = paragraphLines(['2018 年交办提案 302 件，新增 GDP 增长 5 个百分点。'], 700);
    expect(texts([page(lines)])).toEqual(['2018年交办提案302件，新增GDP增长5个百分点。']);
  });
  it('keeps the report\'s own spaces when most boundaries have none', () => {
    const lines = paragraphLines(['2018年交办提案302件，新增停车位7639个，下降3个百分点，使用 Wi-Fi 覆盖。'], 700);
    expect(texts([page(lines)])).toEqual(['2018年交办提案302件，新增停车位7639个，下降3个百分点，使用 Wi-Fi 覆盖。']);
  });
});
