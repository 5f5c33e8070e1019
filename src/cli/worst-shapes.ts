// Adversarial inputs for the parser: the shapes that once made a stage compare lines with lines or
// scan back (many short lines, furniture between paragraphs, numbered lines, one huge line, heading
// runs, figures, pinyin notes, deep HTML, Markdown, Word). Deterministic for a size; the worst-case
// bench runs them at full size and the property tests at small sizes.
import { strToU8, zipSync } from 'fflate';
import { rng } from './corpus';

export interface Shape { name: string; fileName: string; build: (bytes: number) => Uint8Array }

const utf8 = (s: string) => new TextEncoder().encode(s);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const WORDS = ['协商', '视察', '提案', '调研', '监督', '民生', '发展', '改革', '生态', '乡村', '振兴', '服务', '履职', '建言', '资政', '团结'];

/** Chinese numeral for 1..99 (十一, 二十三): heading numbers as reports write them. */
export function cnNumber(n: number): string {
  const k = ((n - 1) % 99) + 1;
  if (k <= 10) return CN[k - 1]!;
  const tens = Math.floor(k / 10), ones = k % 10;
  return `${tens === 1 ? '' : CN[tens - 1]}十${ones ? CN[ones - 1] : ''}`;
}

/** Lines from `line(i, rand)` until the text reaches `bytes` UTF-8 bytes (about: CJK is 3 bytes a character). */
function fill(bytes: number, line: (i: number, rand: () => number) => string, seed = 7): string[] {
  const rand = rng(seed);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = line(i, rand);
    out.push(l);
    size += utf8(l).length + 1;
  }
  return out;
}

const word = (rand: () => number) => WORDS[Math.floor(rand() * WORDS.length)]!;
function sentence(i: number, rand: () => number): string {
  return `全面加强${word(rand)}${word(rand)}工作，围绕${word(rand)}开展${word(rand)}活动${i % 97}次，推动${word(rand)}${word(rand)}取得新成效。`;
}

const FURNITURE = ['分享到微信', '责任编辑：张三', '首页 > 政务公开 > 工作报告', '【打印】【关闭】', '扫一扫在手机打开当前页',
  '来源：市政协办公室', '2023-01-05 10:20', '上一篇', '下一篇', '第3页', '字体：大 中 小'];

const text = (lines: string[]) => utf8(lines.join('\n'));

/**
 * Paragraphs cut before their final mark (a page break) with a short site line after each that no
 * furniture rule knows (政务公开3): the paragraphs join into one across the site lines.
 */
function furniture(bytes: number): Uint8Array {
  return text(fill(bytes, (i) => {
    if (i % 2 === 0) return `全面加强工作，围绕中心开展活动${i}次，推动取得新成效`;
    return `政务公开${i % 5}`;
  }));
}

export const SHAPES: Shape[] = [
  { name: 'furniture between wrapped lines', fileName: 'furniture.txt', build: furniture },
  { name: 'numbered short lines (12. 标题12)', fileName: 'numbered.txt', build: (n) => text(fill(n, (i) => `${i + 1}. 标题${i + 1}`)) },
  { name: 'short lines', fileName: 'short.txt', build: (n) => text(fill(n, (i, r) => `${word(r)}${word(r)}${i % 13 ? '' : '工作'}`)) },
  { name: 'repeated lines', fileName: 'repeated.txt', build: (n) => text(fill(n, (i) => (i % 4 === 3 ? '二〇二三年工作回顾' : `重复的一行文字${i % 3}`))) },
  { name: 'one huge line', fileName: 'one-line.txt', build: (n) => utf8(fill(n, sentence).join('')) },
  { name: 'one huge line, spaced', fileName: 'one-line-spaced.txt', build: (n) => utf8(fill(n, sentence).join('  ')) },
  { name: 'headings of every style', fileName: 'headings.txt', build: (n) => text(fill(n, headingLine)) },
  { name: 'many figures', fileName: 'figures.txt', build: (n) => text(fill(n, figureLine)) },
  { name: 'one line of figures, no punctuation', fileName: 'figures-line.txt', build: (n) => utf8(fill(n, (i) => (i % 2 ? `增长${i % 10}%` : `交办提案${i % 97}件`)).join('')) },
  { name: 'pinyin notes', fileName: 'pinyin.txt', build: (n) => text(fill(n, (i, r) => `${sentence(i, r).replace(/务|领|导/gu, (c) => `${c}(${c === '务' ? 'wù' : c === '领' ? 'lǐng' : 'dǎo'})`)}服務(wù)領(lǐng)導(dǎo)`)) },
  { name: 'deep and wide HTML', fileName: 'deep.html', build: htmlPage },
  { name: 'huge Markdown', fileName: 'huge.md', build: (n) => utf8(fill(n, markdownLine).join('\n\n')) },
  { name: 'large Word document', fileName: 'large.docx', build: docx },
];

/** 一、 （一） 1. （1） 第一部分 【…】 lead sentences and bare parts, cycling, with body text between. */
export function headingLine(i: number, rand: () => number): string {
  const k = Math.floor(i / 10) + 1;
  switch (i % 10) {
    case 0: return `第${cnNumber(k)}部分 ${word(rand)}工作`;
    case 1: return `${cnNumber(k)}、${word(rand)}${word(rand)}`;
    case 2: return `（${cnNumber(k)}）${word(rand)}有新作为`;
    case 3: return `${k}.${word(rand)}${word(rand)}`;
    case 4: return `（${k}）${word(rand)}再上新台阶。${sentence(i, rand)}`;
    case 5: return `【${word(rand)}${word(rand)}】`;
    case 6: return `${word(rand)}${word(rand)}全面加强。${sentence(i, rand)}`;
    case 7: return `${2000 + (k % 30)}年工作回顾`;
    default: return sentence(i, rand);
  }
}

function figureLine(i: number, rand: () => number): string {
  return `交办提案${i % 900 + 1}件，报送社情民意${Math.floor(rand() * 300)}篇，新增停车位${(i * 7) % 9999}个，`
    + `投入资金1.${i % 10}萬元，培训${i % 50}0余人次，组织${word(rand)}活动约${i % 40}场。`;
}

function markdownLine(i: number, rand: () => number): string {
  const k = Math.floor(i / 6) + 1;
  switch (i % 6) {
    case 0: return `## ${cnNumber(k)}、${word(rand)}工作`;
    case 1: return `### （${cnNumber(k)}）${word(rand)}${word(rand)}`;
    case 2: return `**${word(rand)}全面加强。**${sentence(i, rand)}`;
    case 3: return `- ${word(rand)}${word(rand)}*强调*`;
    default: return sentence(i, rand);
  }
}

/** Thousands of sections nested several divs deep, each with headings and paragraphs, inside a deep wrapper. */
function htmlPage(bytes: number): Uint8Array {
  const depth = 2000;
  const body = fill(bytes - depth * 11, (i, r) => {
    if (i % 3 === 0) return `<div class="s"><div><section><h2>${cnNumber(i / 3 + 1)}、${word(r)}</h2></section></div></div>`;
    return `<div><p><span><b>${word(r)}</b>${esc(sentence(i, r))}</span></p><table><tr><td>${i}</td><td>${word(r)}</td></tr></table></div>`;
  });
  return utf8(`<!DOCTYPE html><html><head><title>报告</title></head><body>${'<div>'.repeat(depth)}${body.join('\n')}${'</div>'.repeat(depth)}</body></html>`);
}

function docx(bytes: number): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const paras = fill(bytes * 0.4, (i, r) => {
    const style = i % 8 === 0 ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : i % 8 === 1 ? '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' : '';
    const lead = i % 8 === 2 ? `<w:r><w:rPr><w:b/></w:rPr><w:t>${word(r)}全面加强。</w:t></w:r>` : '';
    const t = i % 8 < 2 ? `${cnNumber(i / 8 + 1)}、${word(r)}` : sentence(i, r);
    return `<w:p>${style}${lead}<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paras.join('')}</w:body></w:document>`;
  // Stored, not deflated: the shape's size is the XML the extractor reads.
  return zipSync({ 'word/document.xml': [strToU8(xml), { level: 0 }] });
}

export const MB = 1024 * 1024;
/** Sizes the issue names for its two reported inputs; the other shapes use `DEFAULT_BYTES`. */
export const SHAPE_BYTES: Record<string, number> = { 'furniture.txt': 7 * MB, 'numbered.txt': 4 * MB, 'one-line.txt': 5 * MB, 'one-line-spaced.txt': 5 * MB, 'short.txt': 1.5 * MB };
export const DEFAULT_BYTES = 4 * MB;
