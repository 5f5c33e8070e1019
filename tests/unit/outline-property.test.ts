// Properties of clean + outline on generated documents: nothing thrown, no text lost or doubled by
// heading splits, headings point at their paragraphs, spans nest, levels never jump down by more
// than one, and cleaning a second time changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean';
import { buildOutline } from '../../src/parse/outline';

const pieces = fc.constantFrom(
  '一、', '二、', '三、', '（一）', '(二)', '1.', '2、', '３．', '(1)', '①', '第一部分', '2018年工作回顾', '下半年工作打算',
  '坚持党的领导。', '全力助推市场繁荣发展。', '一是', '各位委员：', '，', '。', '；', '“', '”', '（', '）', '(wù)', '?!',
  '市政协围绕中心、服务大局，交办提案302件', '積極發揮代表主體作用', '**', '# ', '  ', '　', '|', '编辑：', 'Copyright ©',
);
const line = fc.oneof(fc.array(pieces, { maxLength: 8 }).map((a) => a.join('')), fc.string({ maxLength: 40 }));
const doc = fc.array(line, { maxLength: 40 });
const squash = (s: string) => s.replace(/\s+/gu, '');

describe('clean and outline on generated documents', () => {
  it('keep every character of the cleaned text and a consistent outline', () => {
    fc.assert(fc.property(doc, (lines) => {
      const cleaned = clean(lines.map((text) => ({ text }))).blocks;
      const { paragraphs, outline } = buildOutline(cleaned);
      expect(squash(paragraphs.map((p) => p.text).join(''))).toBe(squash(cleaned.map((b) => b.text).join('')));
      outline.forEach((h, i) => {
        expect(paragraphs[h.para]!.heading).toBe(i);
        expect(h.span[0]).toBe(h.para);
        expect(h.span[1]).toBeGreaterThan(h.para);
        const next = outline.slice(i + 1).find((o) => o.level <= h.level);
        expect(h.span[1]).toBe(next ? next.para : paragraphs.length);
        expect(h.level).toBeLessThanOrEqual(i === 0 ? 1 : outline[i - 1]!.level + 1);
        expect(h.title.length).toBeGreaterThan(0);
        expect(h.title.endsWith('。')).toBe(false);
      });
      expect(paragraphs.filter((p) => p.heading !== undefined)).toHaveLength(outline.length);
    }), {
      numRuns: 400,
      // Found by this property: a markup "heading" of bare punctuation (# ，) made an empty title.
      examples: [[['各位委员：', '# 一、', '# ，']]],
    });
  });

  it('cleaning cleaned text again changes nothing', () => {
    fc.assert(fc.property(doc, (lines) => {
      const once = clean(lines.map((text) => ({ text }))).blocks;
      const twice = clean(once).blocks;
      expect(twice.map((b) => b.text)).toEqual(once.map((b) => b.text));
    }), {
      numRuns: 300,
      // Found by this property: a note removed after joining kept the next line apart; a note made a
      // repeated line look different until it was removed.
      // Bold marks paired only by joining a broken line made the text read as Markdown on the second pass.
      // A comma line joined to one opening with a mark made a doubled comma only the second pass removed.
      examples: [[['一、市政协围绕中心、服务大局，交办提案302件', '(wù)', '<']], [['積極發揮代表主體作用(wù)', '積極發揮代表主體作用']], [['**编辑：一、', '?!**', '**一、**']], [[',', '；']]],
    });
  });
});
