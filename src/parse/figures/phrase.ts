// The words a figure is quoted with: from the start of its clause (or the end of a coordinated
// figure before it, 批示3次、市党政领导批示25次) to the measure word, plus the counted noun when
// it follows the number (形成16个调研报告). 、 alone does not open a clause: 曝光、讨论293件.

/** Clause boundaries: sentence and clause punctuation in both widths, and whitespace between paragraphs run together. */
const BOUNDARY = /[，,。；;：:！!？?\s]/u;
const HAN = /\p{Script=Han}/u;
/** Pinyin notes a converter glued after characters: 務(wù). Removed from quoted text, as the cleaner does. */
const PINYIN_NOTE = /(?<=\p{Script=Han})\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}\)/gu;

export function stripPinyinNotes(s: string): string {
  return s.includes('(') ? s.replace(PINYIN_NOTE, '') : s;
}

/** Index where the clause holding position `at` begins, never before `floor`. */
export function clauseStart(text: string, at: number, floor: number): number {
  // PDF text often sets digits apart with a space (交办提案 302 件); that space does not end a clause.
  let i = at > floor && text[at - 1] === ' ' && /\d/u.test(text[at] ?? '') ? at - 1 : at;
  while (i > floor && !BOUNDARY.test(text[i - 1] ?? '')) i--;
  while (i < at && /[、\s]/u.test(text[i] ?? '')) i++;
  return i;
}

/** When the counted noun follows the measure word, the phrase runs on to the clause's end. */
export function phraseEnd(text: string, end: number): number {
  if (!HAN.test(text[end] ?? '')) return end;
  let i = end;
  while (i < text.length && HAN.test(text[i]!) && !BOUNDARY.test(text[i]!)) i++;
  return i;
}

/** Start floor for a figure: just after a previous figure that it is coordinated with by 、. */
export function coordinatedFloor(text: string, prevEnd: number, numberStart: number): number {
  if (prevEnd < 0 || text[prevEnd] !== '、') return 0;
  const between = text.slice(prevEnd, numberStart);
  return BOUNDARY.test(between) ? 0 : prevEnd + 1;
}
