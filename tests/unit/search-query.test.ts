// The query language: words (AND), "quoted phrases", -exclusions, folded like the text.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query-parse';
import { tokenize } from '../../src/search/tokenize';

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
  });
  it('folds script, width and case, and drops repeats and empty phrases', () => {
    expect(parseQuery('ＩＣＰ備 icp备 ""').include).toEqual([{ text: 'icp备', phrase: false }]);
  });
  it('accepts an unclosed quote as a phrase to the end', () => {
    expect(parseQuery('"分质供水 情况').include).toEqual([{ text: '分质供水 情况', phrase: true }]);
  });
});

describe('tokenize', () => {
  it('gives bigrams for Han runs, a unigram for a lone character, whole Latin words and numbers', () => {
    expect(tokenize('分质供水')).toEqual(['分质', '质供', '供水']);
    expect(tokenize('报送145篇,covid19 政')).toEqual(['报送', '145', '篇', 'covid19', '政']);
  });
});
