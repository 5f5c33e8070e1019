// OCR end to end on page images drawn at test time from fixture text (tests/support/ocr-pages.ts):
// clean and degraded pages, a traditional page under the automatic script choice, an image-only and
// a mixed PDF, cancelling mid-file, and what happens without OCR. One engine serves every case
// (recognition costs seconds per page); the character error rate of each case is printed.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-file';
import { parseReport } from '../../src/parse';
import { releaseOcr } from '../../src/parse/extract/ocr-engine';
import { nodeOcrData } from '../../src/cli/ocr-data';
import type { OcrOptions, OcrProgress } from '../../src/parse/extract/ocr-types';
import type { ParsedReport } from '../../src/model/report';
import { A4, cer, drawnParagraphs, drawPages, fixtureParagraphs, pageImage } from '../../src/cli/ocr-pages';
import { makeImagePdf } from '../../src/cli/make-image-pdf';

const FIX = join(import.meta.dirname, '../fixtures');
const ocr = (over: Partial<OcrOptions> = {}): OcrOptions => ({ data: nodeOcrData(), script: 'auto', ...over });
const rates: { case: string; pages: number; chars: number; cer: string; limit: string }[] = [];

const fixture = (file: string) => fixtureParagraphs(readFileSync(join(FIX, file), 'utf8'));

function textOf(report: ParsedReport): string {
  return report.paragraphs.map((p) => p.text).join('\n');
}

function record(name: string, source: string, report: ParsedReport, pages: number, limit: number): number {
  const rate = cer(source, textOf(report));
  // Over the limit: both texts where a person can compare them.
  if (rate > limit) writeFileSync(join(tmpdir(), `ocr-${name.replace(/\W+/g, '-')}.txt`), `${source}\n----\n${textOf(report)}\n`);
  rates.push({ case: name, pages, chars: source.replace(/\s/g, '').length, cer: `${(rate * 100).toFixed(2)}%`, limit: `${limit * 100}%` });
  return rate;
}

const jpegPage = (canvas: Parameters<typeof pageImage>[0], degrade = {}) => ({ jpeg: pageImage(canvas, { jpegQuality: 90, ...degrade }), width: A4.width, height: A4.height });

afterAll(async () => {
  console.table(rates);
  await releaseOcr();
});

describe('OCR', { timeout: 240_000 }, () => {
  const simplified = fixture('000_19b4022d2904f987.txt');

  it('an image-only PDF of a two-page report: text within 3% CER, outline and figures as from the source text', async () => {
    const pages = drawPages(simplified, 2);
    const source = pages.map((p) => p.text).join('\n');
    const progress: OcrProgress[] = [];
    const r = await parseFile(makeImagePdf(pages.map((p) => jpegPage(p.canvas))), 'scan.pdf', { ocr: ocr({ onProgress: (p) => progress.push(p) }) });
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (!r.ok) return;
    expect(record('PDF, 2 clean pages', source, r.report, 2, 0.03)).toBeLessThanOrEqual(0.03);
    expect(r.report).toMatchObject({ format: 'pdf', ocr: { script: 'simplified', pages: [1, 2] } });
    expect(r.report.pages?.map((p) => p.page)).toEqual([1, 2]);
    expect(r.report.warnings.find((w) => w.code === 'ocr-pages')).toMatchObject({ pages: [1, 2], count: 2 });
    expect(new Set(progress.map((p) => `${p.page}/${p.pages}`))).toEqual(new Set(['1/2', '2/2']));
    // The same text, paragraphs as drawn, read as a text file: what OCR should recover.
    const truth = parseReport(new TextEncoder().encode(drawnParagraphs(simplified, pages).join('\n')), 'source.txt');
    expect(truth.ok).toBe(true);
    if (!truth.ok) return;
    const heads = (rep: ParsedReport) => rep.outline.map((h) => `${h.level} ${h.number ?? ''}`);
    expect(heads(r.report), r.report.paragraphs.map((p) => p.text.slice(0, 24)).join(' | ')).toEqual(heads(truth.report));
    const titles = (rep: ParsedReport) => rep.outline.map((h) => h.title).join('\n');
    expect(record('  its headings', titles(truth.report), { ...r.report, paragraphs: [{ text: titles(r.report) }] }, 2, 0.05)).toBeLessThanOrEqual(0.05);
    const figures = (rep: ParsedReport) => rep.figures.map((f) => `${f.value}${f.unit}`);
    const found = figures(truth.report).filter((f) => figures(r.report).includes(f));
    expect(found.length / figures(truth.report).length).toBeGreaterThanOrEqual(0.9);
    expect(r.report.title).toBe(truth.report.title);
  });

  it('a traditional page under the automatic choice is read with the traditional data', async () => {
    const [page] = drawPages(fixture('001_da7eefc472fc5678.txt').slice(1), 1, 'tc');
    const r = await parseFile(pageImage(page!.canvas), 'page.png', { ocr: ocr() });
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (!r.ok) return;
    expect(record('PNG, traditional, auto', page!.text, r.report, 1, 0.03)).toBeLessThanOrEqual(0.03);
    expect(r.report).toMatchObject({ format: 'image', script: 'traditional', ocr: { script: 'traditional', pages: [1] }, pages: [{ page: 1, para: 0 }] });
  });

  it('a degraded photo (turned 1.5°, 150 dpi, JPEG noise) within 8% CER', async () => {
    const [page] = drawPages(simplified.slice(12), 1);
    const photo = pageImage(page!.canvas, { degrees: 1.5, scale: 0.75, jpegQuality: 40 });
    const r = await parseFile(photo, 'photo.jpg', { ocr: ocr({ script: 'simplified' }) });
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (!r.ok) return;
    expect(record('JPEG, 1.5°, 150 dpi, q40', page!.text, r.report, 1, 0.08)).toBeLessThanOrEqual(0.08);
    // Turned back before layout: the paragraphs are the drawn ones, not one per line.
    expect(r.report.paragraphs.length).toBeLessThan(page!.text.split('\n').length / 2);
  });

  it('a mixed PDF reads its text page directly and its scanned page by OCR', async () => {
    const [scan] = drawPages(simplified.slice(30), 1);
    // Paragraphs of the text page a paragraph's space apart (40 pt at 16 pt), as a word processor sets them.
    const text = ['某市政协常委会工作报告', '各位委员：', '一、过去一年的工作', '全年交办提案302件，报送社情民意145篇。'];
    const r = await parseFile(makeImagePdf([{ text }, jpegPage(scan!.canvas)]), 'mixed.pdf', { ocr: ocr({ script: 'simplified' }) });
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (!r.ok) return;
    expect(r.report.paragraphs.slice(0, 4).map((p) => p.text)).toEqual(text);
    expect(r.report.ocr?.pages).toEqual([2]);
    expect(r.report.warnings.find((w) => w.code === 'ocr-pages')).toMatchObject({ pages: [2], count: 1 });
    expect(r.report.pages).toEqual([{ page: 1, para: 0 }, { page: 2, para: 4 }]);
    record('mixed PDF, scanned page', [...text, scan!.text].join('\n'), r.report, 1, 0.03);
  });

  it('cancelling mid-file stops the engine and fails with cancelled; the next file starts a new one', async () => {
    const pages = drawPages(simplified, 2);
    const abort = new AbortController();
    const r = await parseFile(makeImagePdf(pages.map((p) => jpegPage(p.canvas))), 'long.pdf', {
      ocr: ocr({ script: 'simplified', signal: abort.signal, onProgress: (p) => { if (p.fraction > 0.2) abort.abort(); } }),
    });
    expect(r).toMatchObject({ ok: false, code: 'cancelled', fileName: 'long.pdf' });
    const again = await parseFile(pageImage(pages[0]!.canvas, { scale: 0.6 }), 'again.png', { ocr: ocr({ script: 'simplified' }) });
    expect(again.ok).toBe(true);
  });

  it('without OCR options an image or a scanned PDF asks for OCR; an undecodable image or missing data fails with ocr-failed', async () => {
    const [page] = drawPages(['二、工作任务'], 1);
    expect(await parseFile(pageImage(page!.canvas, { scale: 0.2 }), 'a.png')).toMatchObject({ ok: false, code: 'ocr-needed', pages: 1 });
    const pdf = makeImagePdf([jpegPage(page!.canvas, { scale: 0.2 }), jpegPage(page!.canvas, { scale: 0.2 })]);
    expect(await parseFile(pdf, 'scan.pdf')).toMatchObject({ ok: false, code: 'ocr-needed', pages: 2 });
    const png = pageImage(page!.canvas, { scale: 0.2 });
    const cut = png.slice(0, 200);
    expect(await parseFile(cut, 'cut.png', { ocr: ocr() })).toMatchObject({ ok: false, code: 'ocr-failed' });
    // Language data missing (an evicted cache): a failure naming it, not a wait that never ends.
    const nowhere = { ...nodeOcrData(), langPath: join(tmpdir(), 'no-such-ocr-data/{lang}') };
    const missing = await parseFile(png, 'a.png', { ocr: ocr({ data: nowhere }) });
    expect(missing).toMatchObject({ ok: false, code: 'ocr-failed' });
    expect(!missing.ok && missing.error).toMatch(/chi_sim data did not load/);
  });
});
