// The words a figure is quoted with: from the start of its clause (or the end of a coordinated
// figure before it, 批示3次、市党政领导批示25次) to the measure word, plus the counted noun when
// it follows the number (形成16个调研报告). 、 alone does not open a clause: 曝光、讨论293件.

/** Clause boundaries: sentence and clause punctuation in both widths, and whitespace between paragraphs run together. */
const BOUNDARY = /[，,。；;：:！!？?\s]/u;
const HAN = /\p{Script=Han}/u;
/** Pinyin notes a converter glued after characters: 務(wù). Removed from quoted text, as the cleaner does. */
// The ( comes first so the engine can skip to each ( instead of testing the look-behind at every position.
const PINYIN_NOTE = /\((?<=\p{Script=Han}\()[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}\)/gu;

/**
 * BOUNDARY and HAN as tables over UTF-16 code units, filled once by the patterns themselves: the
 * walks below test one unit at a time, and a regular expression call per unit cost more than the scan.
 * (A lone surrogate is neither, as the patterns say of text[i].)
 */
let classes: Uint8Array | null = null;
const IS_BOUNDARY = 1, IS_HAN = 2;

function unitClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    table[c] = (BOUNDARY.test(ch) ? IS_BOUNDARY : 0) | (c >= 0x2e80 && HAN.test(ch) ? IS_HAN : 0);
  }
  return (classes = table);
}

const isBoundary = (t: Uint8Array, text: string, i: number) => i >= 0 && i < text.length && (t[text.charCodeAt(i)]! & IS_BOUNDARY) !== 0;
const isHan = (t: Uint8Array, text: string, i: number) => i >= 0 && i < text.length && (t[text.charCodeAt(i)]! & IS_HAN) !== 0;

export function stripPinyinNotes(s: string): string {
  return s.includes('(') ? s.replace(PINYIN_NOTE, '') : s;
}

/**
 * How far a figure's phrase reaches from its number either way: a clause is far shorter, and a
 * paragraph without punctuation (a pasted table, one 5 MB line of figures) would otherwise have every
 * figure walk to its start or end: quadratic.
 */
const PHRASE_REACH = 200;

/** Index where the clause holding position `at` begins, never before `floor` nor PHRASE_REACH back. */
export function clauseStart(text: string, at: number, floor: number): number {
  // PDF text often sets digits apart with a space (交办提案 302 件); that space does not end a clause.
  const t = unitClasses();
  let i = at > floor && text[at - 1] === ' ' && /\d/u.test(text[at] ?? '') ? at - 1 : at;
  const stop = Math.max(floor, at - PHRASE_REACH);
  while (i > stop && !isBoundary(t, text, i - 1)) i--;
  while (i < at && /[、\s]/u.test(text[i] ?? '')) i++;
  return i;
}

/** Words joining two figures of a list (21個村和105戶農戶): part of neither's noun. */
const JOIN = '以及|和|及|与|與|并|並|或';
/** A joining word ending the counted noun before the next figure, and one opening the text after a figure. */
const JOINS_NEXT = new RegExp(`(?:${JOIN})$`, 'u');
const JOINS_FIRST = new RegExp(`^(?:${JOIN})`, 'u');

/** When the counted noun follows the measure word, the phrase runs on to the clause's end. */
export function phraseEnd(text: string, end: number): number {
  const t = unitClasses();
  if (!isHan(t, text, end)) return end;
  let i = end;
  const stop = Math.min(text.length, end + PHRASE_REACH);
  while (i < stop && isHan(t, text, i) && !isBoundary(t, text, i)) i++;
  // Cut off by the next figure's number: the word before it joins the two.
  if (/[0-9０-９]/u.test(text[i] ?? '')) {
    const joined = JOINS_NEXT.exec(text.slice(end, i));
    if (joined) i -= joined[0].length;
  }
  return i;
}

/**
 * Start floor for a figure: just after a previous figure that it is coordinated with by 、, or by a
 * joining word when that figure's phrase ended with its counted noun (12個項目、21個村和105戶農戶:
 * 105戶農戶). After a bare value (分别增长5.1%和6.2%) the clause names both: the floor stays.
 */
export function coordinatedFloor(text: string, prevEnd: number, numberStart: number, prevNoun = false): number {
  if (prevEnd < 0) return 0;
  const between = text.slice(prevEnd, numberStart);
  if (BOUNDARY.test(between)) return 0;
  if (text[prevEnd] === '、') return prevEnd + 1;
  const joined = prevNoun ? JOINS_FIRST.exec(between) : null;
  return joined ? prevEnd + joined[0].length : 0;
}

