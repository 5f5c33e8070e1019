// Pinyin notes glued after characters by converters (務(wù), 領(lǐng)導(dǎo), 经(jing1)) are removed;
// real parentheticals such as 五(吾)带头, (扩大) or (摘要) are not pinyin and stay. A toned syllable
// is proof on its own; an untoned one (的(de)) only counts in a text that already has toned notes.

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE_NOTE = `[(（]([a-zü${TONED}]{1,6}[1-5]?)[)）]`;
/** A Han character followed by one note or a stack of them (a converter run twice). */
const NOTE = new RegExp(`(\\p{Script=Han})((?:${SYLLABLE_NOTE})+)`, 'gu');
const ONE_NOTE = new RegExp(SYLLABLE_NOTE, 'gu');
const HAS_TONE = new RegExp(`[${TONED}]`, 'u');
/** Initial + final shape of a syllable; enough to tell pinyin from an English word in brackets. */
const SYLLABLE = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(i|u|ü|v)?(a|o|e|i|u|ü|v)(i|o|u|n|ng|r)?$/u;

function plain(syllable: string): string {
  return syllable.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[1-5]$/u, '');
}

function isToned(syllable: string): boolean {
  return HAS_TONE.test(syllable) || (/[1-5]$/u.test(syllable) && SYLLABLE.test(plain(syllable)));
}

export interface PinyinResult {
  texts: string[];
  repairs: number;
  /** Removes the same notes from any other piece of the same text (a bold lead's prefix). */
  strip: (text: string) => string;
}

/** Converter evidence: "none", "some" or "several" toned notes; counting stops at three. */
function tonedEvidence(texts: string[]): number {
  let toned = 0;
  for (const t of texts) {
    if (toned >= 3) break;
    if (!t.includes('(') && !t.includes('（')) continue;
    for (const m of t.matchAll(NOTE)) for (const n of m[2]!.matchAll(ONE_NOTE)) if (isToned(n[1]!)) toned++;
  }
  return toned;
}

export function removePinyinNotes(texts: string[]): PinyinResult {
  const toned = tonedEvidence(texts);
  if (toned === 0) return { texts, repairs: 0, strip: (t) => t };
  // One accidental match is not a converter's work; a converter leaves many.
  const allowUntoned = toned >= 3;
  let repairs = 0;
  const strip = (t: string, count = false) => {
    if (!t.includes('(') && !t.includes('（')) return t;
    return t.replace(NOTE, (whole, han: string, notes: string) => {
      const syllables = [...notes.matchAll(ONE_NOTE)].map((n) => n[1]!);
      const ok = syllables.every((x) => isToned(x) || (allowUntoned && SYLLABLE.test(plain(x))));
      if (!ok) return whole;
      if (count) repairs += syllables.length;
      return han;
    });
  };
  const out = texts.map((t) => strip(t, true));
  return { texts: out, repairs, strip: (t) => strip(t) };
}
