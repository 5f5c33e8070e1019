// Counts under numeric gram keys in an open-addressing hash table on typed arrays: a Map with keys
// beyond 2^31 boxes every key, and counting millions of grams that way took seconds. A key's hash
// mixes its base-B digits (alphabet or frequency ids); the counting loops mix the ids they already
// hold (mix), which spares them dividing 52-bit keys. Keys are positive: 0 marks an empty slot.
import { B } from './gram-codes';

/** One step of a gram's hash: digits go in least significant first. */
export function mix(h: number, digit: number): number {
  return Math.imul(h ^ digit, 0x9e3779b1) ^ (h >>> 16);
}

export function hashKey(key: number): number {
  let h = 0;
  for (; key > 0; key = Math.floor(key / B)) h = mix(h, key % B);
  return h;
}

export class GramTable {
  keys: Float64Array;
  counts: Int32Array;
  hashes: Int32Array;
  /** Each key's ordinal: how many keys came before it. */
  ordinals: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Float64Array(cap);
    this.counts = new Int32Array(cap);
    this.hashes = new Int32Array(cap);
    this.ordinals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number, hash: number): number {
    let s = (hash ^ (hash >>> 15)) & this.mask;
    while (this.keys[s] !== key && this.keys[s] !== 0) s = (s + 1) & this.mask;
    return s;
  }

  /** Adds `by` under `key`, whose hash is `hash` (the same function of the key every time); returns the key's ordinal. */
  addHashed(key: number, hash: number, by = 1): number {
    const s = this.slot(key, hash);
    if (this.keys[s] === key) { this.counts[s]! += by; return this.ordinals[s]!; }
    this.keys[s] = key;
    this.counts[s] = by;
    this.hashes[s] = hash;
    this.ordinals[s] = this.size;
    if (++this.size * 2 > this.mask) this.grow();
    return this.size - 1;
  }

  add(key: number, by = 1): number {
    return this.addHashed(key, hashKey(key), by);
  }

  /** The ordinal of a key (-1 when absent). */
  ordinalOf(key: number): number {
    const s = this.slot(key, hashKey(key));
    return this.keys[s] === key ? this.ordinals[s]! : -1;
  }

  get(key: number): number {
    return this.counts[this.slot(key, hashKey(key))]!;
  }

  getHashed(key: number, hash: number): number {
    return this.counts[this.slot(key, hash)]!;
  }

  forEach(fn: (key: number, count: number) => void): void {
    for (let s = 0; s <= this.mask; s++) if (this.keys[s]) fn(this.keys[s]!, this.counts[s]!);
  }

  private grow(): void {
    const { keys, counts, hashes, ordinals } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    this.hashes = new Int32Array(keys.length * 2);
    this.ordinals = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let s = 0; s < keys.length; s++) {
      if (!keys[s]) continue;
      const to = this.slot(keys[s]!, hashes[s]!);
      this.keys[to] = keys[s]!;
      this.counts[to] = counts[s]!;
      this.hashes[to] = hashes[s]!;
      this.ordinals[to] = ordinals[s]!;
    }
  }
}
