// The query language: words (AND), "quoted phrases", -exclusions, folded like the text.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query-parse';
import { tokenize } from '../../src/search/tokenize';
import { buildGrams, gramCount, gramKey } from '../../src/search/grams';

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

describe('gram counts', () => {
  it('equal Ctrl+F counts of every Han character and pair of different characters', () => {
    // 1,500 distinct characters and their pairs make the count table grow several times.
    const many = Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const text = '政协政协委员,委员会协商。协商民主协商协协协' + '作'.repeat(3000) + '政' + many + many;
    const grams = buildGrams(text);
    for (const word of ['政', '协', '政协', '委员', '员会', '协商', '商民', '作', '作作', 'x', '民商', '丁', '丁丂', many.slice(700, 702)]) {
      const key = gramKey(word);
      const ctrlF = text.split(word).length - 1;
      if (word === '作作' || word === 'x') expect(key).toBeNull();
      else expect(gramCount(grams, key!), word).toBe(ctrlF);
    }
  });
});
