// Cleaning of OCR lines (fast, no engine): spaces between Han characters go and between Latin words
// stay, ASCII punctuation in Chinese text becomes full-width except inside numbers, confidences
// stay aligned with characters; page starts and unsure places are found in the final paragraphs.
import { describe, expect, it } from 'vitest';
import { ocrLineText } from '../../src/parse/clean/ocr-text';
import { pageStarts, unsurePlaces } from '../../src/parse/page-starts';
import { ocrPageText } from '../../src/parse/extract/ocr-layout';
import type { OcrLine } from '../../src/parse/extract/ocr-engine';
import { layoutPdf } from '../../src/parse/extract/pdf-layout';

/** Tesseract's words as it gives them for Chinese: a few characters each, every symbol with a confidence. */
const words = (...ws: string[]) => ws.map((w) => ({ symbols: [...w].map((c) => ({ text: c, confidence: c === '?' ? 30 : 95 })) }));

describe('OCR line text', () => {
  it('joins Han words without spaces and keeps one between Latin words and numbers', () => {
    expect(ocrLineText(words('全年', '交办', '提案', '302', '件')).text).toBe('全年交办提案302件');
    expect(ocrLineText(words('GDP', 'growth', '6.5%', '左右')).text).toBe('GDP growth 6.5%左右');
  });
  it('makes ASCII punctuation next to Han text full-width, never inside a number', () => {
    expect(ocrLineText(words('一年来', ',', '市政协', ':', '交办', '(', '一', ')', ';')).text).toBe('一年来，市政协：交办（一）；');
    expect(ocrLineText(words('增长', '1,234', '亿元', '12:30')).text).toBe('增长1,234亿元12:30');
    expect(ocrLineText(words('一.', '加强', '学习')).text).toBe('一.加强学习');
    expect(ocrLineText(words('完成', '任务', '.')).text).toBe('完成任务。');
  });
  it('pairs straight quotes: Tesseract reads a closing ” as "', () => {
    expect(ocrLineText(words('建设', '“', '忠诚', '"', '政协')).text).toBe('建设“忠诚”政协');
    expect(ocrLineText(words('深化', '"', '不忘', '初心', '"', '主题')).text).toBe('深化“不忘初心”主题');
  });
  it('keeps one confidence per character', () => {
    const line = ocrLineText(words('交办', '提案', '3?2', '件'));
    expect([...line.text].length).toBe(line.confidence.length);
    expect(line.confidence[[...line.text].indexOf('?')]).toBe(30);
  });
});

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
/** A line at height y, turned by `slope` (pixels down per pixel right), characters 40 px wide. */
function line(text: string, x: number, y: number, slope = 0, confidence = 95): OcrLine {
  const x1 = x + 40 * [...text].length;
  // Tesseract's words: a Han character alone, digits and Latin letters together.
  const runs = text.match(/[A-Za-z0-9.%]+|./gu)!;
  let i = 0;
  const ws = runs.map((run) => {
    const w = { text: run, confidence, bbox: box(x + 40 * i, y - 40 + slope * 40 * i, x + 40 * (i + run.length), y + slope * 40 * i), symbols: [...run].map((c) => ({ text: c, confidence })) };
    i += run.length;
    return w;
  });
  return { words: ws, bbox: box(x, y - 40, x1, y + slope * (x1 - x)), baseline: box(x, y, x1, y + slope * (x1 - x)) };
}

describe('OCR page layout', () => {
  const body = '市政协深入学习贯彻习近平新时代中国特色社会主义思想坚持团结和民主两大主题';
  const lines = (slope: number) => [
    line('一、2018年工作回顾', 200, 300, slope),
    line(`　　${body.slice(0, 30)}`, 120, 380, slope),
    line(body.slice(0, 32), 120, 440, slope),
    line('推进各项工作。', 120, 500, slope),
    line(`　　${body.slice(2, 32)}`, 120, 580, slope),
    line('全年交办提案302件。', 120, 640, slope),
  ];
  it('joins lines into paragraphs; a short line or an indent ends one', () => {
    const page = ocrPageText({ lines: lines(0), confidence: 90, lang: 'chi_sim' }, { width: 1600, height: 2300 }, 200);
    expect(layoutPdf([page.page]).map((b) => b.text)).toEqual(['一、2018年工作回顾', body.slice(0, 30) + body.slice(0, 32) + '推进各项工作。', body.slice(2, 32) + '全年交办提案302件。']);
  });
  it('turns a skewed page back first: 2° moves a line 2,000 px down the page 70 px sideways', () => {
    const a = (2 * Math.PI) / 180;
    const turn = (x: number, y: number) => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)] as const;
    const turned = [200, 900, 1600, 2200].map((y) => {
      const l = line(body.slice(0, 32), 120, y);
      const [x0, y0] = turn(l.baseline.x0, l.baseline.y0);
      const [x1, y1] = turn(l.baseline.x1, l.baseline.y1);
      return { ...l, baseline: box(x0, y0, x1, y1) };
    });
    const page = ocrPageText({ lines: turned, confidence: 90, lang: 'chi_sim' }, { width: 1600, height: 2300 }, 200);
    const xs = page.page.items.map((it) => it.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.5);
    const ys = page.page.items.map((it) => it.y);
    expect(ys).toEqual([...ys].sort((p, q) => q - p));
  });
  it('lists unsure characters with their context, one place per run', () => {
    const page = ocrPageText({ lines: [line('全年交办提案302件', 120, 300), line('报送社情民意', 120, 360, 0, 40)], confidence: 80, lang: 'chi_sim' }, { width: 1600, height: 2300 }, 200);
    expect(page.unsureCount).toBe(6);
    expect(page.unsure).toEqual([{ excerpt: '报送社情民意', confidence: 40 }]);
  });
});

describe('page starts and unsure places', () => {
  it('finds each paragraph on its page in reading order, white space ignored', () => {
    const pages = ['一、工作回顾\n一年来，市政协围绕中心', '积极建言。\n二、工作任务\n围绕中心 工作，深入协商。', '', '三、自身建设'];
    const paragraphs = ['一、工作回顾', '一年来，市政协围绕中心积极建言。', '二、工作任务', '围绕中心工作，深入协商。', '三、自身建设'];
    expect(pageStarts(pages, paragraphs)).toEqual([{ page: 1, para: 0 }, { page: 2, para: 2 }, { page: 4, para: 4 }]);
  });
  it('keeps paragraphs on their pages past openings cleaning changed, and past long runs of them', () => {
    // 3,000 pages of 10 paragraphs; every other paragraph's opening was rewritten by cleaning (not
    // found), and some found ones were shortened: each found paragraph still lands on its own page.
    const pages: string[] = [];
    const paragraphs: string[] = [];
    const expected: { page: number; para: number }[] = [];
    for (let p = 0; p < 3000; p++) {
      const texts = Array.from({ length: 10 }, (_, i) => `第${p}页第${i}段，报送社情民意${p * 10 + i}篇，内容较长一些以便占位。`);
      pages.push(texts.join('\n'));
      texts.forEach((t, i) => {
        if (i === 0) expected.push({ page: p + 1, para: paragraphs.length });
        paragraphs.push(i % 2 === 1 ? `改写${t}` : i === 4 ? t.slice(0, 20) : t);
      });
    }
    expect(pageStarts(pages, paragraphs)).toEqual(expected);
  });
  it('cites an unsure excerpt by the paragraph (1-based) that holds it', () => {
    const places = unsurePlaces([{ excerpt: '社情民意', confidence: 41 }, { excerpt: '页眉', confidence: 30 }], ['一、工作', '报送社情民意145篇。']);
    expect(places).toEqual([{ paragraph: 2, excerpt: '社情民意', confidence: 41 }]);
  });
});
