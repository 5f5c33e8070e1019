// Per-report counts of every character and pair of characters other than Latin letters, digits and
// spaces (sorted keys, parallel counts), so a one- or two-character word, the commonest and costliest
// query, is counted without scanning the text. The counts equal Ctrl+F counts: a pair of two
// different characters cannot overlap itself, and these words carry no word-start rule.
import { charClass } from './tokenize';

export interface Grams {
  keys: Uint32Array;
  counts: Uint16Array;
}

const SATURATED = 0xffff;

/** Han, kana, hangul and punctuation in the BMP; not letters or digits (prefix rule), spaces or surrogates. */
function isGramChar(c: number): boolean {
  return c > 0x20 && c < 0xd800 && c !== 0x3000 && c !== 0xa0 && charClass(c) !== 2;
}

const hash = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

/**
 * Open-addressing count table in typed arrays, reused from report to report (allocating one per
 * report made the garbage collector the main cost); several times faster than sorting every key.
 */
class CountTable {
  private keyBuf = new Uint32Array(1024);
  private countBuf = new Uint32Array(1024);
  keys = this.keyBuf;
  counts = this.countBuf;
  private size = 0;

  /** Empties the table, sized so a report of `chars` characters (about one key each) rarely grows it. */
  reset(chars: number): void {
    let size = 1024;
    while (size < chars * 2 && size < 1 << 20) size *= 2;
    if (this.keyBuf.length < size) {
      this.keyBuf = new Uint32Array(size);
      this.countBuf = new Uint32Array(size);
    }
    this.keys = this.keyBuf.subarray(0, size);
    this.counts = this.countBuf.subarray(0, size);
    this.keys.fill(0);
    this.counts.fill(0);
    this.size = 0;
  }

  /** Keys are never 0: gram characters are above U+0020. */
  add(key: number): void {
    const mask = this.keys.length - 1;
    let i = hash(key, mask);
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.keys[i] === 0) {
      this.keys[i] = key;
      if (++this.size * 2 > this.keys.length) return this.grow(key);
    }
    this.counts[i]!++;
  }

  private grow(pending: number): void {
    const { keys, counts } = this;
    this.keyBuf = this.keys = new Uint32Array(keys.length * 2);
    this.countBuf = this.counts = new Uint32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j]!;
      if (key === 0) continue;
      let i = hash(key, mask);
      while (this.keys[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = key;
      this.counts[i] = counts[j]! + (key === pending ? 1 : 0);
    }
  }

  /** Keys ascending with their counts (saturated): key and count packed in one double, so one sort. */
  sorted(): Grams {
    const packed = new Float64Array(this.size);
    let n = 0;
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i]!;
      if (key !== 0) packed[n++] = key * 65536 + Math.min(SATURATED, this.counts[i]!);
    }
    packed.sort();
    const keys = new Uint32Array(n);
    const counts = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      keys[i] = Math.floor(packed[i]! / 65536);
      counts[i] = packed[i]! % 65536;
    }
    return { keys, counts };
  }
}

const table = new CountTable();

export function buildGrams(folded: string): Grams {
  table.reset(folded.length);
  let prev = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!isGramChar(c)) {
      prev = -1;
      continue;
    }
    table.add(c);
    if (prev >= 0) table.add(((prev << 16) | c) >>> 0);
    prev = c;
  }
  return table.sorted();
}

/** The table key for a folded word, when the table can count it exactly; otherwise null. */
export function gramKey(word: string): number | null {
  const a = word.charCodeAt(0);
  if (word.length === 1) return isGramChar(a) ? a : null;
  const b = word.charCodeAt(1);
  if (word.length === 2 && a !== b && isGramChar(a) && isGramChar(b)) return ((a << 16) | b) >>> 0;
  return null;
}

/** Occurrences of the word with this key in the report, or null when the count saturated. */
export function gramCount(grams: Grams, key: number): number | null {
  let lo = 0;
  let hi = grams.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = grams.keys[mid]!;
    if (k === key) {
      const n = grams.counts[mid]!;
      return n === SATURATED ? null : n;
    }
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
