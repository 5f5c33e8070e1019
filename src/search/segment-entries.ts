// The raw material of a postings segment: each section's keys counted once (an open-addressing
// counter over integer keys, no strings or objects per key), appended as (key, section, count)
// entries in typed arrays, then ordered by key with a radix sort that keeps sections ascending.
import { pairKey } from './postings';

/** Open-addressing counter for one section's keys; generations spare clearing it between sections. */
class SectionCounter {
  keys = new Uint32Array(4096);
  counts = new Uint32Array(4096);
  gens = new Uint32Array(4096);
  used = new Int32Array(4096);
  nUsed = 0;
  private gen = 0;

  begin(chars: number): void {
    let size = this.keys.length;
    while (size < chars * 4) size *= 2;
    if (size > this.keys.length) {
      this.keys = new Uint32Array(size);
      this.counts = new Uint32Array(size);
      this.gens = new Uint32Array(size);
      this.used = new Int32Array(size);
    }
    this.gen++;
    this.nUsed = 0;
  }

  add(key: number): void {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.gens[i] === this.gen && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.gens[i] !== this.gen) {
      this.gens[i] = this.gen;
      this.keys[i] = key;
      this.counts[i] = 0;
      this.used[this.nUsed++] = i;
    }
    this.counts[i]!++;
  }
}

export const counter = new SectionCounter();


const buckets = new Uint32Array(65537);
/** Reused between sorts (the order returned is valid until the next call). */
let orderA = new Uint32Array(0);
let orderB = new Uint32Array(0);

/**
 * Entry indexes ordered by key, stably (so sections stay ascending within a key): a two-pass radix
 * sort on 16-bit halves, several times faster than sorting packed numbers.
 */
export function radixOrder(keys: Uint32Array, n: number): Uint32Array {
  if (orderA.length < n) [orderA, orderB] = [new Uint32Array(keys.length), new Uint32Array(keys.length)];
  let from = orderA;
  for (let e = 0; e < n; e++) from[e] = e;
  let to = orderB;
  for (const shift of [0, 16]) {
    buckets.fill(0);
    for (let e = 0; e < n; e++) buckets[((keys[e]! >>> shift) & 0xffff) + 1]!++;
    for (let b = 0; b < 65536; b++) buckets[b + 1]! += buckets[b]!;
    for (let j = 0; j < n; j++) {
      const e = from[j]!;
      to[buckets[(keys[e]! >>> shift) & 0xffff]!++] = e;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Counts every key of text[from, to): units above U+0020 alone, and adjacent pairs of visible units (see pairKey). */
export function countKeys(text: string, from: number, to: number): void {
  counter.begin(to - from);
  let prev = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20) counter.add(c);
    if (prev > 0) {
      const pair = pairKey(prev, c);
      if (pair !== null) counter.add(pair);
    }
    prev = c;
  }
}

/** Growable parallel arrays. */
export class Entries {
  keys = new Uint32Array(1 << 14);
  secs = new Int32Array(1 << 14);
  counts = new Uint32Array(1 << 14);
  n = 0;

  push(key: number, sec: number, count: number): void {
    if (this.n === this.keys.length) {
      const grow = <T extends Uint32Array | Int32Array>(a: T, make: (n: number) => T) => { const b = make(a.length * 2); b.set(a); return b; };
      this.keys = grow(this.keys, (n) => new Uint32Array(n));
      this.secs = grow(this.secs, (n) => new Int32Array(n));
      this.counts = grow(this.counts, (n) => new Uint32Array(n));
    }
    this.keys[this.n] = key;
    this.secs[this.n] = sec;
    this.counts[this.n++] = count;
  }
}
