// Counts under numeric gram keys in an open-addressing hash table on typed arrays: a Map with keys
// beyond 2^31 boxes every key, and counting millions of grams that way took seconds. Keys are
// positive (0 marks an empty slot); the table doubles when half full.
export class GramTable {
  keys: Float64Array;
  counts: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Float64Array(cap);
    this.counts = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(key: number): number {
    const lo = (key % 0x40000000) | 0;
    const hi = (key / 0x40000000) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
    h ^= h >>> 15;
    let s = h & this.mask;
    while (this.keys[s] !== key && this.keys[s] !== 0) s = (s + 1) & this.mask;
    return s;
  }

  add(key: number, by = 1): void {
    const s = this.slot(key);
    if (this.keys[s] === key) { this.counts[s]! += by; return; }
    this.keys[s] = key;
    this.counts[s] = by;
    if (++this.size * 2 > this.mask) this.grow();
  }

  get(key: number): number {
    return this.counts[this.slot(key)]!;
  }

  forEach(fn: (key: number, count: number) => void): void {
    for (let s = 0; s <= this.mask; s++) if (this.keys[s]) fn(this.keys[s]!, this.counts[s]!);
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let s = 0; s < keys.length; s++) {
      if (!keys[s]) continue;
      const to = this.slot(keys[s]!);
      this.keys[to] = keys[s]!;
      this.counts[to] = counts[s]!;
    }
  }
}
