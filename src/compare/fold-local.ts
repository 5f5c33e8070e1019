// Temporary local folding for matching (t2cn + NFKC + punctuation classes) until src/text/fold.ts
// lands; compare code imports foldForMatch only through ./fold so the swap is one line.
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((s: string) => string) | null = null;

// Punctuation that differs only by width or style folds to one representative, so 「」 and “” match.
const PUNCT: Record<string, string> = {};
for (const c of ',，、;；:：') PUNCT[c] = ',';
for (const c of '.。!！?？') PUNCT[c] = '。';
for (const c of '"\'“”‘’「」『』《》〈〉<>') PUNCT[c] = '"';
for (const c of '(（[【〔') PUNCT[c] = '(';
for (const c of ')）]】〕') PUNCT[c] = ')';

/** Folds traditional to simplified, compatibility forms to canonical ones and punctuation to classes. */
export function foldForMatch(text: string): string {
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  const simplified = toSimplified(text.normalize('NFKC'));
  let out = '';
  for (const c of simplified) out += PUNCT[c] ?? c;
  return out;
}
