// Every warning the parser emits carries a known code with its parameters and a readable message,
// and the interface words every code in Chinese and in English; plain-sentence warnings stored by
// older versions and codes this build does not know still show, by their own message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse';
import { parseFile } from '../../src/parse/parse-file';
import { makePdf, SHAPES_ONLY, textLine } from '../support/make-pdf';
import { WARNING_CODES } from '../../src/parse/warnings';
import { releaseOcr } from '../../src/parse/extract/ocr-engine';
import { nodeOcrData } from '../../src/cli/ocr-data';
import { A4, drawPages, pageImage } from '../../src/cli/ocr-pages';
import { makeImagePdf } from '../../src/cli/make-image-pdf';
import { WORDED_CODES, warningText } from '../../src/ui/warning-text';
import type { ParseWarning } from '../../src/model/warnings';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const REPORT = ['中国人民政治协商会议某某市委员会常务委员会工作报告', '一、2022年工作回顾',
  ...Array.from({ length: 6 }, (_, i) => `全年组织专题调研${i + 2}次，报送调研报告和社情民意信息，得到市委市政府领导的重视。`),
  '二、2023年工作任务', '围绕中心工作，深入协商议政。'].join('\n');

/** Inputs made to raise each warning, beside every fixture report. */
function crafted(): [string, Uint8Array][] {
  const utf8 = new TextEncoder().encode(REPORT);
  const broken = new Uint8Array(utf8.length + 1);
  broken.set(utf8.subarray(0, 60));
  broken[60] = 0xff;
  broken.set(utf8.subarray(60), 61);
  const text = (s: string) => new TextEncoder().encode(s);
  return [
    ['invalid-utf8.txt', broken],
    ['pinyin.txt', text(REPORT.replace('专题调研', '专题调(diào)研(yán)'))],
    ['mojibake.txt', text(REPORT.replace('报送调研报告', '以“拉家?!狈绞脚c报送'))],
    ['no-title-no-years.txt', text('会议听取了各方面的意见，大家认为工作扎实，成效明显，群众满意度不断提高。\n'.repeat(4))],
    ['printed-twice.txt', text(`${REPORT}\n打印本页\n${REPORT}`)],
    ['greeting.txt', text('你好')],
  ];
}

function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gold' || name === 'src' ? [] : fixtureFiles(path);
    return /\.(txt|md|html?|docx)$/.test(name) ? [path] : [];
  });
}

/** A PDF whose second page has no text layer (a scan): read through parseFile, as the app does. */
async function pdfWarnings(): Promise<ParseWarning[]> {
  const page = [textLine(72, 760, 'Annual work report of the standing committee'), textLine(72, 730, 'The committee handled 302 proposals in 2022.')].join('\n');
  const r = await parseFile(makePdf([page, SHAPES_ONLY]), 'mixed.pdf');
  return r.ok ? r.report.warnings : [];
}

/** A scanned page read by OCR (ocr-pages), photographed badly enough that some characters are unsure. */
async function ocrWarnings(): Promise<ParseWarning[]> {
  const [page] = drawPages(REPORT.split('\n'), 1);
  const jpeg = pageImage(page!.canvas, { degrees: 1, scale: 0.55, jpegQuality: 25 });
  const r = await parseFile(makeImagePdf([{ jpeg, width: A4.width, height: A4.height }]), 'scan.pdf', { ocr: { data: nodeOcrData(), script: 'simplified' } });
  await releaseOcr();
  return r.ok ? r.report.warnings : [];
}

async function allWarnings(): Promise<ParseWarning[]> {
  const inputs: [string, Uint8Array][] = [...fixtureFiles().map((p): [string, Uint8Array] => [p, new Uint8Array(readFileSync(p))]), ...crafted()];
  const sync = inputs.flatMap(([name, bytes]) => {
    const r = parseReport(bytes, name);
    return r.ok ? r.report.warnings : [];
  });
  return [...sync, ...await pdfWarnings(), ...await ocrWarnings()];
}

describe('parser warnings', async () => {
  const warnings = await allWarnings();

  it('all carry a known code and a readable message, and every code is raised by some input', () => {
    for (const w of warnings) {
      expect(WARNING_CODES, JSON.stringify(w)).toContain(w.code);
      expect(w.message.length).toBeGreaterThan(5);
    }
    expect([...new Set(warnings.map((w) => w.code))].sort()).toEqual([...WARNING_CODES].sort());
  });

  it('carry their parameters', () => {
    for (const w of warnings) {
      if (w.code !== 'mojibake') continue;
      expect(w.places.length).toBeGreaterThan(0);
      expect(w.count).toBeGreaterThanOrEqual(w.places.length);
      for (const p of w.places) expect(p).toEqual({ paragraph: expect.any(Number), excerpt: expect.any(String) });
    }
    for (const w of warnings) if (w.code === 'pinyin-removed') expect(w.count).toBeGreaterThan(0);
    for (const w of warnings) {
      if (w.code !== 'ocr-low-confidence') continue;
      expect(w.count).toBeGreaterThanOrEqual(w.places.length);
      for (const p of w.places) expect(p).toEqual({ paragraph: expect.any(Number), excerpt: expect.any(String), confidence: expect.any(Number) });
    }
  });

  it('are worded in both interface languages, each in its own', () => {
    expect([...WORDED_CODES].sort()).toEqual([...WARNING_CODES].sort());
    for (const w of warnings) {
      const zh = warningText(w, 'zh'), en = warningText(w, 'en');
      expect(zh, w.code).toMatch(/\p{Script=Han}/u);
      expect(zh, w.code).not.toMatch(/[A-Za-z]{4,}/);
      // English text holds Chinese only where it quotes the report (mojibake excerpts).
      const quoted = en.replace(/“[^”]*”/g, '');
      expect(quoted, w.code).not.toMatch(/\p{Script=Han}/u);
      expect(en, w.code).toMatch(/^[A-Z]/);
      expect(`${zh}${en}`, w.code).not.toMatch(/undefined|NaN|\$\{/);
    }
  });

  it('stored without codes by an older version, or with a code this build does not know, show their message', () => {
    const old = '未找到报告标题 (no title line found near the top)';
    expect(warningText(old, 'en')).toBe(old);
    const future = { code: 'duplicate-copy', message: '页面含两份相同报告 (the page holds the report twice)' } as unknown as ParseWarning;
    expect(warningText(future, 'zh')).toBe(future.message);
  });
});
