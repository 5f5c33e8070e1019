// Script detection and display conversion, in both scripts.
import { describe, expect, it } from 'vitest';
import { countScriptChars, detectScript } from '../../src/text/script';
import { loadToTraditional, toSimplified } from '../../src/text/convert';

describe('detectScript', () => {
  it('recognises simplified text', () => {
    expect(detectScript('中国人民政治协商会议第十三届义乌市委员会常务委员会工作报告')).toBe('simplified');
  });
  it('recognises traditional text', () => {
    expect(detectScript('中國人民政治協商會議鷹潭市第十屆委員會常務委員會工作報告')).toBe('traditional');
  });
  it('keeps traditional text with a few stray simplified characters traditional', () => {
    const text = '加強對區(市)政協的工作聯系指導,全域一體破解政協問題,擰成一股繩,走活一盤棋,發揮政協系統整體優勢。黃 云';
    const counts = countScriptChars(text);
    expect(counts.simplified).toBeGreaterThan(0);
    expect(detectScript(text)).toBe('traditional');
  });
  it('calls substantial mixing mixed', () => {
    expect(detectScript('委员会工作报告 委員會工作報告')).toBe('mixed');
  });
  it('ignores characters both scripts share and non-Han text', () => {
    expect(countScriptChars('人大常委会 2023 ABC 工作')).toEqual({ simplified: 1, traditional: 0 });
    expect(countScriptChars('中国人大')).toEqual({ simplified: 1, traditional: 0 });
    expect(detectScript('2023 ABC')).toBe('simplified');
    expect(countScriptChars('𠮷野家😀会')).toEqual({ simplified: 1, traditional: 0 });
  });
});

describe('script conversion', () => {
  it('converts simplified to traditional through a lazily loaded converter', async () => {
    const toT = await loadToTraditional();
    expect(toT('政协工作报告')).toBe('政協工作報告');
    expect(await loadToTraditional()).toBe(toT);
  });
  it('converts traditional to simplified for display', async () => {
    expect(await toSimplified('義烏市人民代表大會常務委員會')).toBe('义乌市人民代表大会常务委员会');
  });
});
