// Bad and unusual PDFs: each fails alone with the file's name and a reason a person understands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-file';
import { MAX_PDF_PAGES, pageKind } from '../../src/parse/extract/pdf-read';
import { chineseLine, makePdf, SHAPES_ONLY, textLine } from '../support/make-pdf';

const FIX = join(import.meta.dirname, '../fixtures/pdf');
const english = [textLine(72, 760, 'Annual work report of the standing committee'), textLine(72, 730, 'The committee handled 302 proposals in 2022.')].join('\n');

describe('PDF: Chinese text in a font the file does not embed', () => {
  it('is read through pdf.js\'s CMaps (UniGB-UCS2-H), loaded from node_modules in Node', { timeout: 60_000 }, async () => {
    const lines = ['某县政协常委会工作报告', '各位委员：', '一、2022年工作回顾', '全年交办提案302件，报送社情民意145篇。', '二、2023年工作任务', '建设公园3个，新增停车位7639个。'];
    const r = await parseFile(makePdf([lines.map((l, i) => chineseLine(i === 0 ? 180 : 104, 760 - i * 40, l, i === 0 ? 22 : 16)).join('\n')]), 'song.pdf');
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (!r.ok) return;
    expect(r.report.paragraphs.map((p) => p.text)).toEqual(lines);
    expect(r.report.outline.map((h) => h.title)).toEqual(['2022年工作回顾', '2023年工作任务']);
  });
});

describe('PDF: encrypted, damaged, scanned, garbled, huge', { timeout: 60_000 }, () => {
  it('an encrypted PDF with no open password (permissions only) is read', async () => {
    const r = await parseFile(readFileSync(join(FIX, 'locked-owner.pdf')), 'locked-owner.pdf');
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    expect(r.ok && r.report.paragraphs.some((p) => p.text.includes('双桥区'))).toBe(true);
  });
  it('a PDF that needs a password says so', async () => {
    const r = await parseFile(readFileSync(join(FIX, 'locked-user.pdf')), '加密.pdf');
    expect(r).toMatchObject({ ok: false, fileName: '加密.pdf' });
    expect(!r.ok && r.error).toMatch(/needs a password/);
  });
  it('a damaged PDF is damaged', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n' + 'x'.repeat(500));
    const r = await parseFile(bytes, '坏.pdf');
    expect(!r.ok && r.error).toMatch(/damaged/);
  });
  it('a truncated real PDF fails alone with a reason, never with garbage text', async () => {
    const whole = readFileSync(join(FIX, 'h3-beihai.pdf'));
    const r = await parseFile(whole.subarray(0, 2000), '截断.pdf');
    expect(r.ok).toBe(false);
  });
  it('a PDF with no text layer needs OCR, said plainly with the page count (parseFile without OCR options)', async () => {
    const r = await parseFile(makePdf([SHAPES_ONLY, SHAPES_ONLY]), '扫描件.pdf');
    expect(r).toMatchObject({ ok: false, code: 'ocr-needed', pages: 2 });
    expect(!r.ok && r.error).toMatch(/2 pages can be read only with OCR/);
  });
  it('a PDF mostly in fonts without a Unicode map needs OCR too', async () => {
    const garbled = `BT /F1 12 Tf 72 700 Td (${'\\001\\002\\003'.repeat(8)}) Tj ET`;
    const r = await parseFile(makePdf([english, garbled, garbled]), 'garbled.pdf');
    expect(r).toMatchObject({ ok: false, code: 'ocr-needed', pages: 2 });
  });
  it('text PDFs carry the page each paragraph starts on', async () => {
    const page = (lines: string[]) => lines.map((l, i) => chineseLine(72, 760 - 40 * i, l)).join('\n');
    const r = await parseFile(makePdf([page(['一、工作回顾', '全年交办提案302件。']), page(['二、工作任务', '深入协商议政。'])]), 'two.pdf');
    expect(r.ok && r.report.pages).toEqual([{ page: 1, para: 0 }, { page: 2, para: 2 }]);
  });
  it('a PDF with a text page and a scanned page reads the text and names the skipped page', async () => {
    const r = await parseFile(makePdf([english, SHAPES_ONLY]), 'mixed.pdf');
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (!r.ok) return;
    expect(r.report.paragraphs.map((p) => p.text).join('\n')).toContain('302 proposals');
    expect(r.report.warnings.map((w) => w.message).join(' ')).toMatch(/pages 2 have no readable text layer/);
    expect(r.report.warnings.find((w) => w.code === 'pdf-pages-skipped')).toMatchObject({ pages: [2], count: 1 });
  });
  it(`a PDF of more than ${MAX_PDF_PAGES} pages is refused with the count`, async () => {
    const r = await parseFile(makePdf(new Array(MAX_PDF_PAGES + 1).fill('')), '年鉴.pdf');
    expect(!r.ok && r.error).toMatch(new RegExp(`has ${MAX_PDF_PAGES + 1} pages`));
  });
  it('a PDF over the size limit is refused before it is opened', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    const r = await parseFile(big, '大.pdf');
    expect(!r.ok && r.error).toMatch(/too large/);
  });
  it('text in fonts without a Unicode map (private-use or control characters) counts as garbled, not text', () => {
    const item = (str: string) => ({ str, x: 0, y: 0, width: 10, size: 12, font: 'f' });
    expect(pageKind({ width: 595, height: 842, items: [item('\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009政府')] })).toBe('garbled');
    expect(pageKind({ width: 595, height: 842, items: [item('\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011')] })).toBe('garbled');
    expect(pageKind({ width: 595, height: 842, items: [item('政府工作报告各位代表')] })).toBe('text');
    expect(pageKind({ width: 595, height: 842, items: [item('3')] })).toBe('empty');
  });
});
