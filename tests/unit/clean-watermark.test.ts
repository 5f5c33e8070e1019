// A site's watermark (文章源自英文巴士-https://…) appended to lines or standing on lines of its own, as
// text copied from such a page has it: the report parses as it would without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import { parseReport } from '../../src/parse/index';

const MARK = '文章源自英文巴士-https://www.en84.com/16018.html';
const seed = readFileSync(join(import.meta.dirname, '../fixtures/000_19b4022d2904f987.txt'), 'utf8');

function parsed(text: string) {
  const r = parseReport(new TextEncoder().encode(text), 'report.txt');
  if (!r.ok) throw new Error(r.error);
  return r.report;
}
const texts = (lines: string[]) => clean(lines.map((text) => ({ text }))).blocks.map((b) => b.text);

describe('watermarks', () => {
  const plain = parsed(seed);
  const lines = seed.split('\n');
  it('comes off the ends of lines, headings included, and nothing else changes', () => {
    const marked = parsed(lines.map((l, i) => (l.trim() && i % 3 === 0 ? `${l}${MARK}` : l)).join('\n'));
    expect(marked.title).toBe(plain.title);
    expect(marked.outline.map((h) => h.title)).toEqual(plain.outline.map((h) => h.title));
    expect(marked.paragraphs.map((p) => p.text)).toEqual(plain.paragraphs.map((p) => p.text));
  });
  it('goes with the lines that are nothing but the watermark', () => {
    const marked = parsed(lines.map((l) => (l.trim() ? `${l}\n${MARK}` : l)).join('\n'));
    expect(marked.outline.map((h) => h.title)).toEqual(plain.outline.map((h) => h.title));
    expect(marked.paragraphs.map((p) => p.text)).toEqual(plain.paragraphs.map((p) => p.text));
  });
  it('leaves the text its own punctuation, and an address that ends fewer lines', () => {
    expect(texts(['一、工作回顾', `全年开展视察12次。${MARK}`, `提出建议30条。${MARK}`, `（一）加强学习${MARK}`]))
      .toEqual(['一、工作回顾', '全年开展视察12次。', '提出建议30条。', '（一）加强学习']);
    const sources = ['全年开展视察12次，详见https://www.gov.cn/a.html', '二、今后工作', '提出建议30条，详见https://www.gov.cn/a.html'];
    expect(texts(sources)).toEqual(sources);
  });
});
