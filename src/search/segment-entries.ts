// The raw material of a postings segment: every key of a batch of sections (each unit above U+0020,
// each pair of adjacent visible units) gets a small batch-local id the first time it is seen, so
// counting a section indexes plain typed arrays (a direct table for single units, one hash probe
// for a pair), and each section's (id, section, count) entries are kept in section order, with the
// bytes each key's postings will take: the segment is then written in one pass, without sorting them.
import { PAIRED } from './postings';

/** Per id, side by side (one cache line): section of the count, count there, last section written, bytes. */
const STAMP = 0, CNT = 1, LAST = 2, SIZE = 3, REC = 4;
export { LAST as REC_LAST, SIZE as REC_SIZE, REC };

export class BatchEntries {
  /** Distinct keys of the batch so far; key of id i is idKey[i], its record rec[i * REC ...]. */
  nIds = 0;
  idKey = new Uint32Array(1 << 14);
  rec = new Int32Array(REC << 14);
  /** Entries in section order: key id, section, count. */
  n = 0;
  eId = new Uint32Array(1 << 16);
  eSec = new Int32Array(1 << 16);
  eCount = new Uint32Array(1 << 16);
  /** Single units: id + 1 by unit (0: not seen in this batch). */
  private uniId = new Int32Array(65536);
  /** Pairs: open addressing over [key, id + 1] slots (key 0: empty; no pair key is below 0x210000). */
  private pairs = new Uint32Array(2 << 12);
  private nPairs = 0;
  /** Multiplicative hashing: the top bits of key * 0x9e3779b1 pick a slot. */
  private shift = 32 - 12;
  private used = new Int32Array(1 << 12);
  private first = 0;

  /** Starts a batch whose first section is `first` (gaps count from it). */
  begin(first: number): void {
    this.first = first;
  }

  /** Forgets the batch's keys and entries (the arrays stay for the next batch). */
  clear(): void {
    for (let id = 0; id < this.nIds; id++) if (this.idKey[id]! < 0x10000) this.uniId[this.idKey[id]!] = 0;
    if (this.nPairs > 0) this.pairs.fill(0);
    this.nIds = this.n = this.nPairs = 0;
  }

  /** Counts the keys of text[from, to) as section `sec` and appends its entries. */
  addSection(sec: number, text: string, from: number, to: number): void {
    // Room first, so the arrays held in locals below do not move: at most two new keys per unit.
    this.reserve(2 * (to - from) + 2);
    const { uniId, rec, used, idKey, pairs, shift, first } = this;
    const mask = (pairs.length >> 1) - 1;
    const nIds0 = this.nIds;
    let nIds = nIds0;
    let nUsed = 0;
    let prev = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      let id = -1;
      if (c > 0x20) {
        id = uniId[c]! - 1;
        if (id < 0) {
          uniId[c] = (id = nIds++) + 1;
          idKey[id] = c;
          rec[id * REC + STAMP] = -1;
        }
        const r = id * REC;
        if (rec[r + STAMP] !== sec) { rec[r + STAMP] = sec; rec[r + CNT] = 0; used[nUsed++] = id; }
        rec[r + CNT]!++;
      }
      if (PAIRED[prev] && PAIRED[c]) {
        const key = ((prev << 16) | c) >>> 0;
        let j = Math.imul(key, 0x9e3779b1) >>> shift;
        for (;;) {
          const k = pairs[2 * j]!;
          if (k === key) { id = pairs[2 * j + 1]! - 1; break; }
          if (k === 0) {
            id = nIds++;
            pairs[2 * j] = key;
            pairs[2 * j + 1] = id + 1;
            idKey[id] = key;
            rec[id * REC + STAMP] = -1;
            break;
          }
          j = (j + 1) & mask;
        }
        const r = id * REC;
        if (rec[r + STAMP] !== sec) { rec[r + STAMP] = sec; rec[r + CNT] = 0; used[nUsed++] = id; }
        rec[r + CNT]!++;
      }
      prev = c;
    }
    for (let id = nIds0; id < nIds; id++) {
      rec[id * REC + LAST] = first;
      rec[id * REC + SIZE] = 0;
      if (idKey[id]! >= 0x10000) this.nPairs++;
    }
    this.nIds = nIds;
    this.append(sec, nUsed);
  }

  /** The section's entries, and the bytes they add to each key's postings. */
  private append(sec: number, nUsed: number): void {
    const { rec, used, eId, eSec, eCount } = this;
    let n = this.n;
    for (let u = 0; u < nUsed; u++) {
      const id = used[u]!;
      const r = id * REC;
      const count = rec[r + CNT]!;
      // postingBytes(gap, count), written out: a call per entry cost a fifth of the counting.
      const v = (sec - rec[r + LAST]!) * 4 + (count < 4 ? count : 4) - 1;
      let bytes = v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
      if (count >= 4) bytes += count < 0x84 ? 1 : count < 0x4004 ? 2 : count < 0x200004 ? 3 : count < 0x10000004 ? 4 : 5;
      rec[r + SIZE]! += bytes;
      rec[r + LAST] = sec;
      eId[n] = id;
      eSec[n] = sec;
      eCount[n++] = count;
    }
    this.n = n;
  }

  /** Room for `extra` more ids and entries, and pair slots at most half full after them. */
  private reserve(extra: number): void {
    if (this.used.length < extra) this.used = new Int32Array(2 * extra);
    let size = this.idKey.length;
    while (size < this.nIds + extra) size *= 2;
    if (size > this.idKey.length) {
      this.idKey = grow(this.idKey, new Uint32Array(size));
      this.rec = grow(this.rec, new Int32Array(size * REC));
    }
    size = this.pairs.length;
    while ((this.nPairs + extra) * 4 > size) size *= 2;
    if (size > this.pairs.length) this.rehash(size);
    size = this.eId.length;
    while (size < this.n + extra) size *= 2;
    if (size > this.eId.length) {
      this.eId = grow(this.eId, new Uint32Array(size));
      this.eSec = grow(this.eSec, new Int32Array(size));
      this.eCount = grow(this.eCount, new Uint32Array(size));
    }
  }

  /** A larger pair table (kept for later batches), with this batch's pairs moved in. */
  private rehash(size: number): void {
    const old = this.pairs;
    this.pairs = new Uint32Array(size);
    this.shift = 32 - Math.log2(size >> 1);
    const mask = (size >> 1) - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j] === 0) continue;
      let i = Math.imul(old[j]!, 0x9e3779b1) >>> this.shift;
      while (this.pairs[2 * i] !== 0) i = (i + 1) & mask;
      this.pairs[2 * i] = old[j]!;
      this.pairs[2 * i + 1] = old[j + 1]!;
    }
  }
}

function grow<T extends Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
