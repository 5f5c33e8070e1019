// Per-section Bloom signatures of text keys: a few bits per character, enough to skip most sections
// that cannot contain a query before any text is scanned. A signature can say "maybe" wrongly, never
// "no" wrongly, so the folded-text scan that follows keeps results exact.
import { keysOf } from './tokenize';

const BITS_PER_CHAR = 4;
const MIN_WORDS = 2;
const MAX_WORDS = 8192;
const PROBES = 3;

/** Signature size in 32-bit words for a section of `chars` characters: a power of two. */
function wordsFor(chars: number): number {
  let w = MIN_WORDS;
  while (w < MAX_WORDS && w * 32 < chars * BITS_PER_CHAR) w *= 2;
  return w;
}

function probe(sig: Uint32Array, base: number, words: number, key: number, set: boolean): boolean {
  const mask = words * 32 - 1;
  const step = ((key >>> 17) | (key << 15) | 1) >>> 0;
  for (let p = 0; p < PROBES; p++) {
    const bit = (key + p * step) & mask;
    const at = base + (bit >>> 5);
    const m = 1 << (bit & 31);
    if (set) sig[at] = sig[at]! | m;
    else if ((sig[at]! & m) === 0) return false;
  }
  return true;
}

/** Builds the signatures of consecutive [start, end) ranges of text into one array. */
export function buildSignatures(text: string, ranges: [number, number][]): { sig: Uint32Array; sigStart: number[] } {
  const sigStart: number[] = [0];
  for (const [s, e] of ranges) sigStart.push(sigStart[sigStart.length - 1]! + wordsFor(e - s));
  const sig = new Uint32Array(sigStart[sigStart.length - 1]!);
  ranges.forEach(([s, e], r) => {
    const base = sigStart[r]!;
    const words = sigStart[r + 1]! - base;
    keysOf(text, (key) => probe(sig, base, words, key, true), false, s, e);
  });
  return { sig, sigStart };
}

/** Keys a folded query term needs; a phrase may start mid-word, so its leading word is not required. */
export function termKeys(term: string, phrase: boolean): number[] {
  const keys = new Set<number>();
  keysOf(term, (k) => keys.add(k), phrase);
  return [...keys];
}

/** Whether section r may contain every key. */
export function mayContain(sig: Uint32Array, sigStart: number[], r: number, keys: number[]): boolean {
  const base = sigStart[r]!;
  const words = sigStart[r + 1]! - base;
  for (const key of keys) if (!probe(sig, base, words, key, false)) return false;
  return true;
}
