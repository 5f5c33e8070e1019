// The fast paths of the cleaner and outliner answer exactly as the plain definitions they replaced:
// length bounds that stop counting early (lone surrogates included), the code-unit table of firstSentence, stripFinalMarks walking
// back, mojibake patterns gated on their characters, pinyin notes judged once per distinct stack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charLength, CLOSERS, longerThan } from '../../src/parse/clean/chars';
import { firstSentence, stripFinalMarks } from '../../src/parse/outline/sentence';
import { findMojibake } from '../../src/parse/clean/mojibake';
import { removePinyinNotes } from '../../src/parse/clean/pinyin';
import { clean } from '../../src/parse/clean';

const chars = fc.constantFrom(...'政协工作。！？!?；;，,、：: \u3000“”‘’「」《》（）()【】〔〕.．?锟斤拷\uFFFD\u00c3\u00a4\u00b8\ue001ab'.split(''), '𠀀', '\ud840', '\udc00');
const text = fc.array(chars, { maxLength: 60 }).map((a) => a.join(''));

/** The definitions as first written: Sets of one-character strings, an end-anchored pattern. */
const OPEN = new Set([...'“‘「『《〈（(【〔']);
const CLOSE = new Set([...'”’」』》〉）)】〕']);
const ENDS = new Set([...'。！？!?；;']);
function referenceSentence(t: string, limit: number) {
  let depth = 0;
  for (let i = 0; i < Math.min(t.length, limit); i++) {
    const ch = t[i]!;
    if (OPEN.has(ch)) { depth++; continue; }
    if (CLOSE.has(ch)) { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0 || !ENDS.has(ch)) continue;
    let end = i + 1;
    while (end < t.length && CLOSERS.has(t[end]!) && !OPEN.has(t[end]!)) end++;
    return { end, mark: ch };
  }
  return null;
}

describe('fast paths agree with their definitions', () => {
  it('longerThan is charLength(s) > n', () => {
    fc.assert(fc.property(text, fc.nat(70), (s, n) => longerThan(s, n) === charLength(s) > n), { numRuns: 5000 });
    // Lone low surrogates (left by a broken entity) count nothing: a string may be shorter than half its units.
    expect(longerThan('政\udc00\udc00', 1)).toBe(false);
  });
  it('firstSentence and stripFinalMarks', () => {
    fc.assert(fc.property(text, fc.nat(70), (s, limit) => {
      expect(firstSentence(s, limit)).toEqual(referenceSentence(s, limit));
      expect(stripFinalMarks(s)).toBe(s.replace(/[。．.！!？?；;：:，,、\s]+$/u, ''));
    }), { numRuns: 2000 });
  });
  it('findMojibake counts what every pattern finds, gated or not', () => {
    expect(findMojibake(['正常的文字，没有问题。', '拉家?!狈绞脚', '锟斤拷锟斤拷', 'Ã¤Â¸Â文字', '私\ue001用']).count).toBe(5);
    expect(findMojibake(['停车难?我们', '两个字？好', 'Hello? yes']).count).toBe(0);
    expect(findMojibake(['停车难，群众?我们']).count).toBe(1);
  });
  it('pinyin notes: a repeated stack is removed or kept the same way every time', () => {
    const r = removePinyinNotes(['務(wù)實(shí)管用，務(wù)實(shí)。領(lǐng)導(dǎo)的(de)工作，的(de)确。', '五(吾)带头，(扩大)會議，務(wù)(wu4)']);
    expect(r.texts).toEqual(['務實管用，務實。領導的工作，的确。', '五(吾)带头，(扩大)會議，務']);
    expect(r.repairs).toBe(10);
    // Two toned notes are not yet a converter's work: the untoned (de) stays.
    const weak = removePinyinNotes(['務(wù)實(shí)的(de)工作，的(de)确。']);
    expect(weak.texts).toEqual(['務實的(de)工作，的(de)确。']);
    expect(weak.repairs).toBe(2);
  });
  it('a note that meets its character only when a broken line is joined is still removed', () => {
    const r = clean([{ text: '做好今年的工作，人民政协使命光荣、责任重大，全体委员要坚持團结和民主两大主题，务' }, { text: '(wù)实(shí)管用，推动工作落(luò)实。' }]);
    expect(r.blocks.map((b) => b.text)).toEqual(['做好今年的工作，人民政协使命光荣、责任重大，全体委员要坚持團结和民主两大主题，务实管用，推动工作落实。']);
    expect(r.warnings).toContainEqual({ code: 'pinyin-removed', count: 3, message: '已移除拼音注音 3 处 (removed 3 pinyin annotations)' });
    // The only note in the text: no evidence before joining, found in the joined block.
    const alone = clean([{ text: '做好今年的工作，人民政协使命光荣、责任重大，全体委员要坚持团结和民主两大主题，务' }, { text: '(wù)实管用，推动工作落实。' }]);
    expect(alone.blocks.map((b) => b.text)).toEqual(['做好今年的工作，人民政协使命光荣、责任重大，全体委员要坚持团结和民主两大主题，务实管用，推动工作落实。']);
    expect(alone.warnings).toContainEqual({ code: 'pinyin-removed', count: 1, message: '已移除拼音注音 1 处 (removed 1 pinyin annotations)' });
  });
});
