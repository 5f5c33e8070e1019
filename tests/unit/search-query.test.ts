// The query language: words (AND), "quoted phrases", -exclusions, folded like the text.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query-parse';
import { tokenize } from '../../src/search/tokenize';
import { BodyIndex } from '../../src/search/body-index';
import { candidates, prepareTerm, verify } from '../../src/search/candidates';
import { indexDoc } from '../../src/search/doc';
import type { ParsedReport } from '../../src/model/report';
import { SearchIndex } from '../../src/search/index';

describe('parseQuery', () => {
  it('splits words on spaces, full-width ones included', () => {
    expect(parseQuery('民主监督  分质供水　提案')).toEqual({
      include: [
        { text: '民主监督', phrase: false },
        { text: '分质供水', phrase: false },
        { text: '提案', phrase: false },
      ],
      exclude: [],
    });
  });
  it('keeps quoted phrases whole, spaces included, with straight or Chinese quotes', () => {
    expect(parseQuery('"黄 云" 「協商 民主」').include).toEqual([
      { text: '黄 云', phrase: true },
      { text: '协商 民主', phrase: true },
    ]);
  });
  it('reads -word and -"phrase" as exclusions, a lone dash as nothing', () => {
    expect(parseQuery('协商 -义乌 -"政协 委员" -')).toEqual({
      include: [{ text: '协商', phrase: false }],
      exclude: [
        { text: '义乌', phrase: false },
        { text: '政协 委员', phrase: true },
      ],
    });
    // A full-width minus (as a Chinese input method types it) excludes too.
    expect(parseQuery('协商 －义乌')).toEqual({ include: [{ text: '协商', phrase: false }], exclude: [{ text: '义乌', phrase: false }] });
  });
  it('reads a 破折号 opening a word (a pasted subtitle) as part of the word, not as an exclusion', () => {
    expect(parseQuery('——2024年3月5日在第十四届全国人民代表大会')).toEqual({ include: [{ text: '--2024年3月5日在第十四届全国人民代表大会', phrase: false }], exclude: [] });
    expect(parseQuery('政府 –工作 ―报告 —')).toEqual({ include: [{ text: '政府', phrase: false }, { text: '-工作', phrase: false }, { text: '-报告', phrase: false }], exclude: [] });
    const report = { fileName: 't.txt', title: null, body: 'other', kind: 'other', locality: null, reviewYear: null, planYear: null, meetingDate: null, publishDate: null,
      outline: [], figures: [], paragraphs: [{ text: '政府工作报告' }, { text: '——2024年3月5日在第十四届全国人民代表大会第二次会议上' }] } as unknown as ParsedReport;
    const index = new SearchIndex();
    index.add('t', report);
    index.commit();
    expect(index.query('——2024年3月5日在第十四届全国人民代表大会').hitCount).toBe(1);
  });
  it('folds script, width and case, and drops repeats and empty phrases', () => {
    expect(parseQuery('ＩＣＰ備 icp备 ""').include).toEqual([{ text: 'icp备', phrase: false }]);
  });
  it('accepts an unclosed quote as a phrase to the end', () => {
    expect(parseQuery('"分质供水 情况').include).toEqual([{ text: '分质供水 情况', phrase: true }]);
  });
  it('drops words of control characters only, which the body index cannot look up', () => {
    expect(parseQuery('\u0007 "\u0001\u0002" -\u0007 提案')).toEqual({ include: [{ text: '提案', phrase: false }], exclude: [] });
    expect(parseQuery('a\u0007b').include).toEqual([{ text: 'a\u0007b', phrase: false }]);
  });
  it('keeps one of a Chinese word given plain and quoted, but a Latin word both ways (prefix against anywhere)', () => {
    expect(parseQuery('提案 "提案" 「提案」 -"义乌" -义乌')).toEqual({ include: [{ text: '提案', phrase: false }], exclude: [{ text: '义乌', phrase: true }] });
    expect(parseQuery('cov "cov"').include).toEqual([{ text: 'cov', phrase: false }, { text: 'cov', phrase: true }]);
  });
  it('reads a line break inside a quoted phrase as a space, as in-paragraph breaks are indexed', () => {
    expect(parseQuery('"分质\n供水" 提\n案').include).toEqual([{ text: '分质 供水', phrase: true }, { text: '提', phrase: false }, { text: '案', phrase: false }]);
  });
});

describe('tokenize', () => {
  it('gives bigrams for Han runs, a unigram for a lone character, whole Latin words and numbers', () => {
    expect(tokenize('分质供水')).toEqual(['分质', '质供', '供水']);
    expect(tokenize('报送145篇,covid19 政')).toEqual(['报送', '145', '篇', 'covid19', '政']);
  });
  it('covers a Han run with bigrams that do not overlap, for queries, the last one overlapping on an odd length', () => {
    expect(tokenize('政治协商会议', true)).toEqual(['政治', '协商', '会议']);
    expect(tokenize('政治协商会 2023年', true)).toEqual(['政治', '协商', '商会', '2023', '年']);
    for (const run of ['分质供水', '民主监督工作', '委员会工作', '义乌市', '提案']) {
      const all = tokenize(run);
      const cover = tokenize(run, true);
      // Every bigram of the cover is a bigram of the run, and together they cover each character.
      expect(cover.every((b) => all.includes(b)), run).toBe(true);
      expect(cover.length, run).toBe(Math.ceil(run.length / 2));
      expect([...run].every((_, i) => cover.some((b) => run.indexOf(b) <= i && i < run.indexOf(b) + 2)), run).toBe(true);
    }
  });
});

describe('postings counts', () => {
  it('equal Ctrl+F counts of every character and pair of different characters, and say when they cannot', () => {
    // 1,500 distinct characters and their pairs make the section counter grow several times.
    const many = Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const text = '政协政协委员,委员会协商。协商民主协商协协协' + '作'.repeat(3000) + '政' + many + many + ' x1';
    const report = { fileName: 't.txt', title: null, body: 'other', kind: 'other', locality: null, reviewYear: null, planYear: null,
      meetingDate: null, publishDate: null, outline: [], figures: [], paragraphs: [{ text }] } as unknown as ParsedReport;
    const doc = indexDoc('t', report);
    const body = new BodyIndex();
    body.add(0, doc);
    body.commit();
    for (const word of ['政', '协', '政协', '委员', '员会', '协商', '商民', '作', '作作', 'x', '民商', '丁', '丁丂', many.slice(700, 702), ',委', '委 员']) {
      const term = prepareTerm({ text: word, phrase: false });
      const list = candidates(body, term, () => true);
      // Counted in the folded text: some of the 1,500 characters are traditional forms.
      const ctrlF = doc.folded.split(word).length - 1;
      // Same-character pairs overlap, Latin words need a word start, a space pairs with nothing: those are verified on the text.
      expect(term.exact, word).toBe(!['作作', 'x', '委 员'].includes(word));
      verify(body, () => doc, () => doc.secBase, term, list);
      expect(list.n ? list.counts[0] : 0, word).toBe(ctrlF);
    }
  });
});
