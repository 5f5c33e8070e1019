// Characters a PDF's Unicode map gets wrong in a known way: fonts such as Noto CJK draw 一 and the
// Kangxi radical ⼀ with one glyph, and exporters (Chromium's print to PDF among them) write the
// radical's code point into the map, so 人民 reads as ⼈⺠. A report never writes radicals: they are
// mapped back to the ideographs they stand for (NFKC does the Kangxi block; a table the supplement).

/** CJK Radicals Supplement -> the ideograph each is drawn as (Unicode's EquivalentUnifiedIdeograph). */
const SUPPLEMENT = new Map<number, string>(Object.entries({
  0x2e81: '厂', 0x2e85: '亻', 0x2e8a: '卜', 0x2e8c: '小', 0x2e8e: '兀', 0x2e8f: '尣', 0x2e90: '尢', 0x2e92: '巳',
  0x2e93: '幺', 0x2e94: '彑', 0x2e96: '忄', 0x2e97: '心', 0x2e98: '扌', 0x2e99: '攵', 0x2e9b: '旡', 0x2e9d: '月',
  0x2e9e: '歺', 0x2e9f: '母', 0x2ea0: '民', 0x2ea1: '氵', 0x2ea2: '氺', 0x2ea3: '灬', 0x2ea4: '爫', 0x2ea5: '爫',
  0x2ea6: '丬', 0x2ea7: '牛', 0x2ea8: '犭', 0x2ea9: '王', 0x2eaa: '疋', 0x2eab: '罒', 0x2eac: '示', 0x2ead: '礻',
  0x2eae: '竹', 0x2eaf: '糸', 0x2eb0: '纟', 0x2eb1: '罓', 0x2eb2: '罒', 0x2eb6: '羊', 0x2eb7: '羊', 0x2eb9: '耂',
  0x2eba: '肀', 0x2ebb: '聿', 0x2ebc: '月', 0x2ebd: '臼', 0x2ebe: '艹', 0x2ebf: '艹', 0x2ec0: '艹', 0x2ec1: '虎',
  0x2ec2: '衤', 0x2ec3: '覀', 0x2ec4: '西', 0x2ec5: '见', 0x2ec6: '角', 0x2ec8: '讠', 0x2ec9: '贝', 0x2eca: '足',
  0x2ecb: '车', 0x2ecc: '辶', 0x2ecd: '辶', 0x2ece: '辶', 0x2ecf: '阝', 0x2ed0: '钅', 0x2ed1: '長', 0x2ed2: '镸',
  0x2ed3: '长', 0x2ed4: '门', 0x2ed6: '阝', 0x2ed7: '雨', 0x2ed8: '青', 0x2ed9: '韦', 0x2eda: '页', 0x2edb: '风',
  0x2edc: '飞', 0x2edd: '食', 0x2edf: '食', 0x2ee0: '饣', 0x2ee2: '马', 0x2ee3: '骨', 0x2ee4: '鬼', 0x2ee5: '鱼',
  0x2ee6: '鸟', 0x2ee7: '卤', 0x2ee8: '麦', 0x2ee9: '黄', 0x2eea: '黾', 0x2eeb: '斉', 0x2eec: '齐', 0x2eed: '歯',
  0x2eee: '齿', 0x2eef: '竜', 0x2ef0: '龙', 0x2ef1: '龜', 0x2ef2: '亀', 0x2ef3: '龟',
}).map(([k, v]) => [Number(k), v]));

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/u;

export function fixRadicals(s: string): string {
  if (!RADICAL.test(s)) return s;
  return s.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code >= 0x2f00 ? c.normalize('NFKC') : SUPPLEMENT.get(code) ?? c;
  });
}
