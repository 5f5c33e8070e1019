// Pinyin notes glued after characters by converters (務(wù), 領(lǐng)導(dǎo), 经(jing1)) are removed;
// real parentheticals such as 五(吾)带头, (扩大) or (摘要) are not pinyin and stay. A toned syllable
// is proof on its own; an untoned one (的(de)) only counts in a text that already has toned notes.

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE_NOTE = `[(（]([a-zü${TONED}]{1,6}[1-5]?)[)）]`;
/**
 * One note or a stack of them (a converter run twice) right after a Han character. The bracket comes
 * first and the Han character is a look-behind, so the engine skips to each bracket instead of
 * trying the pattern at every Han character of the text.
 */
const NOTE = new RegExp(`[(（](?<=\\p{Script=Han}[(（])[a-zü${TONED}]{1,6}[1-5]?[)）](?:${SYLLABLE_NOTE})*`, 'gu');
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
  /** Toned notes seen (counting stops at three): 0 means the text shows no converter at work. */
  toned: number;
  /** Removes the same notes from any other piece of the same text (a bold lead's prefix). */
  strip: (text: string) => string;
}

/** Converter evidence: "none", "some" or "several" toned notes; counting stops at three. */
function tonedEvidence(texts: string[]): number {
  let toned = 0;
  for (const t of texts) {
    if (toned >= 3) break;
    if (!t.includes('(') && !t.includes('（')) continue;
    for (const m of t.matchAll(NOTE)) for (const n of m[0].matchAll(ONE_NOTE)) if (isToned(n[1]!)) toned++;
  }
  return toned;
}

/** Whether any of the texts holds a toned note after a Han character. */
export function hasTonedNotes(texts: string[]): boolean {
  return tonedEvidence(texts) > 0;
}

/** How many syllables a stack of notes holds when all of them are pinyin, else 0 (the stack stays). */
function judge(notes: string, allowUntoned: boolean): number {
  const syllables = [...notes.matchAll(ONE_NOTE)].map((n) => n[1]!);
  const ok = syllables.every((x) => isToned(x) || (allowUntoned && SYLLABLE.test(plain(x))));
  return ok ? syllables.length : 0;
}

export function removePinyinNotes(texts: string[]): PinyinResult {
  const toned = tonedEvidence(texts);
  if (toned === 0) return { texts, repairs: 0, toned, strip: (t) => t };
  // One accidental match is not a converter's work; a converter leaves many.
  const allowUntoned = toned >= 3;
  let repairs = 0;
  // A converted text repeats a few hundred syllables thousands of times: each stack of notes is judged once.
  const verdicts = new Map<string, number>();
  const verdict = (notes: string) => {
    let removed = verdicts.get(notes);
    if (removed === undefined) verdicts.set(notes, (removed = judge(notes, allowUntoned)));
    return removed;
  };
  const strip = (t: string, count = false) => {
    if (!t.includes('(') && !t.includes('（')) return t;
    const found = t.match(NOTE);
    if (!found) return t;
    let syllables = 0, keepSome = false;
    for (const notes of found) {
      const removed = verdict(notes);
      syllables += removed;
      keepSome ||= removed === 0;
    }
    if (count) repairs += syllables;
    // Mostly every note goes, and a plain replacement needs no call back into script per note.
    return keepSome ? t.replace(NOTE, (notes: string) => (verdict(notes) === 0 ? notes : '')) : t.replace(NOTE, '');
  };
  const out = texts.map((t) => strip(t, true));
  return { texts: out, repairs, toned, strip: (t) => strip(t) };
}
