// Property tests on hostile input: parseReport must always answer, in bounded time, either with a
// report or with a plain-language error; an internal exception (the catch-all "解析失败") fails.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReport } from '../../src/parse/index';
import { MAX_INPUT_BYTES } from '../../src/parse/limits';
import { encode } from '../support/encodings';
import { makeDocx, para } from '../support/make-docx';
import { fixtureLines, fixtureText, FIXTURES, toWebPage } from '../support/report-formats';

const NAMES = ['r.txt', 'r.md', 'r.html', 'r.docx', 'r', 'r.doc', 'r.pdf'];

function check(bytes: Uint8Array, name: string): void {
  const t0 = performance.now();
  const r = parseReport(bytes, name);
  const ms = performance.now() - t0;
  if (r.ok) {
    expect(r.report.paragraphs.length).toBeGreaterThan(0);
  } else {
    expect(r.error.trim().length).toBeGreaterThan(0);
    expect(r.error, `internal exception for ${name} (${bytes.length} bytes)`).not.toMatch(/^解析失败/);
  }
  expect(ms, `${name}: ${bytes.length} bytes took ${ms.toFixed(0)} ms`).toBeLessThan(1000 * (bytes.length / 1e6) + 1000);
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const HTML_TOKENS = ['<p>', '</p>', '<div class="content">', '</div>', '<script>', '</script>', '<h2>', '</h2>', '<strong>',
  '</strong>', '&amp;', '&#x4e2d;', '&#99999999;', '&', '<!--', '-->', '<', '>', '"', "'", '=', '<br/>', '<table><tr><td>',
  '<nav>', '中国人民政治协商会议', '一、工作回顾', '（一）', '交办提案302件。', '\n', ' ', '<meta charset="big5">', '<title>', '<pre>'];
const MD_TOKENS = ['# ', '## ', '**', '__', '*', '_', '[', ']', '(', ')', '![', '`', '```', '> ', '- ', '1. ', '|', '---', '\\',
  '<b>', '\n', ' ', '一、2022年工作回顾', '思想武装全面加强。', '(一)', '302件', '==='];

describe('fuzz: parseReport always answers, never throws, in bounded time', () => {
  it('random bytes under any name', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(...NAMES), (b, n) => check(b, n)), { numRuns: 150 });
  });

  it('random Unicode strings as text, Markdown and HTML', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.constantFrom('r.txt', 'r.md', 'r.html'),
      (s, n) => check(utf8(s), n)), { numRuns: 150 });
  });

  it('random HTML-like and Markdown-like token soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...HTML_TOKENS), { maxLength: 400 }), (t) => check(utf8(t.join('')), 'p.html')), { numRuns: 100 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...MD_TOKENS), { maxLength: 400 }), (t) => check(utf8(t.join('')), 'p.md')), { numRuns: 100 });
  });

  it('truncated fixtures in every encoding and format, at every prefix length class', () => {
    for (const name of FIXTURES) {
      const text = fixtureText(name);
      const lines = fixtureLines(name);
      const forms: [Uint8Array, string][] = [
        [encode(text, 'utf-8'), 'f.txt'], [encode(text, 'gb18030'), 'f.txt'], [encode(text, 'utf-16le', true), 'f.txt'],
        [utf8(toWebPage(lines)), 'f.html'], [makeDocx(lines.map((l) => para(l))), 'f.docx'],
      ];
      for (const [bytes, file] of forms) {
        const n = bytes.length;
        for (const cut of [0, 1, 2, 3, 5, 17, 64, 333, 1000, n >> 3, n >> 2, n >> 1, n - 100, n - 3, n - 1]) {
          if (cut >= 0 && cut <= n) check(bytes.subarray(0, cut), file);
        }
      }
    }
  });

  it('corrupted .docx: random bytes written over a real document', () => {
    const docx = makeDocx(fixtureLines(FIXTURES[0]!).map((l) => para(l)));
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(docx.length - 1), fc.nat(255)), { minLength: 1, maxLength: 20 }), (edits) => {
      const b = docx.slice();
      for (const [at, v] of edits) b[at] = v;
      check(b, 'x.docx');
    }), { numRuns: 60 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (tail) => check(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]), 'z.docx')), { numRuns: 60 });
  });

  it('a 5 MB single line', () => {
    const line = '市政协围绕中心积极建言，交办提案302件，组织专题视察协商43次；'.repeat(60_000);
    check(utf8(line), 'one-line.txt');
  });

  it('deeply nested HTML through the whole pipeline', () => {
    const depth = 100_000;
    check(utf8('<div>'.repeat(depth) + '<p>一、工作回顾</p><p>正文内容交办提案302件。</p>' + '</div>'.repeat(depth)), 'deep.html');
    check(utf8('<b><i>'.repeat(depth) + '正文'), 'deep-inline.html');
  });

  it('a file over the size limit is refused at once', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1024).fill(0x41);
    for (const name of ['big.txt', 'big.docx', 'big.html']) {
      const t0 = performance.now();
      const r = parseReport(big, name);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^文件过大/);
      // Refused before reading: far under the bound even on a loaded machine.
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
