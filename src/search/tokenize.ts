// The one tokenizer for folded text, used at index and at query time: Han (and other ideographic or
// syllabic) runs become character bigrams, a lone character a unigram; Latin words and numbers stay
// whole so they can be matched by prefix (MiniSearch's prefix search does the rest).

export type CharClass = 0 | 1 | 2; // 0 separator, 1 ideographic, 2 word (Latin letter or digit)

export function charClass(cp: number): CharClass {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) ? 2 : 0;
  if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000) return 1;
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xac00 && cp <= 0xd7af)) return 1;
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return 2;
  return 0;
}

/**
 * Tokens of folded text (MiniSearch-compatible tokenize): bigrams for ideographic runs, whole words.
 * `cover` keeps only bigrams that cover a run without overlapping (and the run's last, for an odd
 * length): for a query, where every bigram is required, the overlapping ones are implied by the words
 * around them nearly always, and each costs a pass over every report holding it.
 */
export function tokenize(text: string, cover = false): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const cls = charClass(cp);
    if (cls === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let j = i;
    const chars: string[] = [];
    while (j < text.length) {
      const c = text.codePointAt(j)!;
      if (charClass(c) !== cls) break;
      chars.push(String.fromCodePoint(c));
      j += c > 0xffff ? 2 : 1;
    }
    if (cls === 2) out.push(chars.join(''));
    else if (chars.length === 1) out.push(chars[0]!);
    else {
      const step = cover ? 2 : 1;
      for (let k = 0; k + 1 < chars.length; k += step) out.push(chars[k]! + chars[k + 1]!);
      if (cover && chars.length % 2 === 1) out.push(chars[chars.length - 2]! + chars[chars.length - 1]!);
    }
    i = j;
  }
  return out;
}
