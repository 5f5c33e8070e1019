// Property tests over the whole pipeline on adversarial documents (the worst-case bench's line kinds
// mixed at random, as text, Markdown, web page and Word): parseReport always answers; its work grows
// linearly (counted, not timed: regular-expression runs when the document doubles); and rejoining,
// which holds long paragraphs as pieces, joins exactly as gluing whole strings did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index';
import { continues, rejoinBrokenLines, wrapWidth } from '../../src/parse/clean/rejoin';
import type { Block } from '../../src/parse/blocks';
import { cnNumber, headingLine, SHAPES } from '../../src/cli/worst-shapes';
import { rng } from '../../src/cli/corpus';
import { makeDocx, para } from '../support/make-docx';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const KINDS: ((k: number) => string)[] = [
  (k) => headingLine(k, rng(k + 1)),
  (k) => `${k % 120}. 标题${k}`,
  (k) => ['分享到微信', '责任编辑：张三', '首页 > 政务公开', '【打印】【关闭】', '上一篇', '第3页', `浏览次数：${k}`][k % 7]!,
  (k) => `政务公开${k % 5}`,
  (k) => `全面加强工作，围绕中心开展活动${k}次，推动取得新成效`,
  (k) => `交办提案${k}件，报送社情民意1.${k % 10}萬篇，培训${k}余人次。`,
  (k) => `服務(wù)領(lǐng)導(dǎo)${k % 3 ? '' : '。'}`,
  (k) => `${cnNumber(k % 30 + 1)}、${k % 2 ? '工作回顾' : '主要任务'}`,
  (k) => (k % 2 ? `**坚持党的领导。**市政协围绕中心建言${k}次。` : `## （${cnNumber(k % 20 + 1)}）有新作为`),
  (k) => '重复的一行文字'.repeat(1 + (k % 40)),
  (k) => ' '.repeat(k % 4) + '（' + '）'.repeat(k % 3),
];
const line = fc.tuple(fc.nat(KINDS.length - 1), fc.nat(500)).map(([kind, k]) => KINDS[kind]!(k));
const FORMATS = ['r.txt', 'r.md', 'r.html', 'r.docx'] as const;

function encode(lines: string[], name: (typeof FORMATS)[number]): Uint8Array {
  if (name === 'r.docx') return makeDocx(lines.map((l) => para(l)));
  const text = name === 'r.html' ? `<html><body>${lines.map((l) => `<div><p>${esc(l)}</p></div>`).join('')}</body></html>`
    : lines.join(name === 'r.md' ? '\n\n' : '\n');
  return new TextEncoder().encode(text);
}

function answers(bytes: Uint8Array, name: string): void {
  const r = parseReport(bytes, name);
  if (r.ok) expect(r.report.paragraphs.length).toBeGreaterThan(0);
  else expect(r.error, `internal exception for ${name}`).not.toMatch(/^解析失败/);
}

/** Regular-expression runs during `fn`: every stage matches lines with patterns, so this counts work. */
function regexRuns(fn: () => void): number {
  const exec = RegExp.prototype.exec;
  let runs = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) { runs++; return exec.call(this, s); };
  try { fn(); } finally { RegExp.prototype.exec = exec; }
  return runs;
}

/** Rejoining as it was before pieces: each join glues the whole text, every test reads it whole. */
function rejoinWhole(blocks: Block[]): Block[] {
  const width = wrapWidth(blocks);
  const out: Block[] = [];
  let last = '';
  for (const block of blocks) {
    const prev = out.at(-1);
    if (prev && continues(prev, last, block, width)) {
      const space = /[A-Za-z0-9]$/.test(prev.text) && /^[A-Za-z0-9]/.test(block.text);
      out[out.length - 1] = { ...prev, text: space ? `${prev.text} ${block.text}` : prev.text + block.text };
    } else out.push(block);
    last = block.text;
  }
  return out;
}

describe('the whole pipeline on adversarial documents', () => {
  it('answers every mixture of worst-case lines in every format, never with an internal exception', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 300 }), fc.constantFrom(...FORMATS), (lines, name) => {
      answers(encode(lines, name), name);
    }), { numRuns: 500 });
  }, 120_000);

  it('answers every worst-case shape at small sizes', () => {
    fc.assert(fc.property(fc.constantFrom(...SHAPES), fc.integer({ min: 1, max: 20_000 }), (shape, bytes) => {
      answers(shape.build(bytes), shape.fileName);
    }), { numRuns: 200 });
  }, 120_000);

  it('does linear work: a document twice as long costs at most about twice as many pattern runs', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 60, maxLength: 200 }), fc.constantFrom('r.txt', 'r.md'), (lines, name) => {
      const once = regexRuns(() => parseReport(encode(lines, name), name));
      const twice = regexRuns(() => parseReport(encode([...lines, ...lines], name), name));
      // Quadratic work would give four times as many; the slack covers what only a longer text triggers.
      expect(twice, `${once} runs for ${lines.length} lines`).toBeLessThanOrEqual(2.5 * once + 500);
      // A superlinear stage fails on its first example; shrinking a slow one would take minutes.
    }), { numRuns: 150, endOnFailure: true });
  }, 120_000);

  it('rejoins exactly as gluing whole strings did, long paragraphs included', () => {
    const long = fc.tuple(fc.nat(KINDS.length - 1), fc.nat(500), fc.nat(30)).map(([kind, k, n]) => KINDS[kind]!(k).repeat(1 + n));
    fc.assert(fc.property(fc.array(fc.oneof(line, long), { maxLength: 200 }), (lines) => {
      const blocks = lines.filter((l) => l.trim() !== '').map((text) => ({ text: text.trim() }));
      expect(rejoinBrokenLines(blocks)).toEqual(rejoinWhole(blocks));
    }), { numRuns: 300 });
  }, 120_000);
});
