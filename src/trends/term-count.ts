// Term occurrences in folded text: terms and texts both go through foldForMatch, so 數字化改革 and
// 数字化改革 count alike. Occurrences do not overlap (left to right), as a reader counts them.
import { foldForMatch } from '../text/fold';

/** The folded form of a user's term, or '' when nothing countable is left. */
export function foldTerm(term: string): string {
  return foldForMatch(term.trim()).replace(/\s+/g, '');
}

/** Non-overlapping occurrences of an already folded term in already folded text. */
export function countFolded(text: string, term: string): number {
  if (!term) return 0;
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

/** Occurrences per 10,000 characters of the report (its folded length). */
export function per10k(count: number, length: number): number {
  return length > 0 ? (count * 10000) / length : 0;
}

/** Splits a user's "a, b，c、d" list into distinct folded terms, keeping the order given. */
export function parseTerms(raw: string): string[] {
  const seen = new Set<string>();
  for (const part of raw.split(/[,，、;；\s]+/)) {
    const term = part.trim();
    if (term && !seen.has(foldTerm(term))) seen.add(foldTerm(term));
  }
  return [...seen].filter(Boolean);
}
