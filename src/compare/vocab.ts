// Dense ids for text bigrams, shared by the two reports of a pair: an open-addressing table on typed
// arrays, because a Map lookup per bigram was a tenth of the time of aligning two long reports.
import { significant } from './grams';

const EMPTY = 0xffffffff;

export class Vocabulary {
  private keys = new Uint32Array(1 << 16).fill(EMPTY);
  private ids = new Int32Array(1 << 16);
  size = 0;

  /** The id of a bigram code, a new one when the code is first seen. */
  id(code: number): number {
    let mask = this.keys.length - 1;
    let slot = Math.imul(code, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === code) return this.ids[slot]!;
      if (k === EMPTY) break;
      slot = (slot + 1) & mask;
    }
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      mask = this.keys.length - 1;
      slot = Math.imul(code, 0x9e3779b1) >>> 0 & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    }
    this.keys[slot] = code;
    this.ids[slot] = this.size;
    return this.size++;
  }

  private grow(): void {
    const oldKeys = this.keys, oldIds = this.ids;
    this.keys = new Uint32Array(oldKeys.length * 2).fill(EMPTY);
    this.ids = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const code = oldKeys[s]!;
      if (code === EMPTY) continue;
      let slot = Math.imul(code, 0x9e3779b1) >>> 0 & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = code;
      this.ids[slot] = oldIds[s]!;
    }
  }
}

let scratch = new Uint32Array(1024);
let seen = new Int32Array(1 << 16);
let stamp = 0;

/**
 * Sorted, distinct bigram ids of folded text, in one pass (same bigrams as bigramCodes: digits as 0,
 * Latin lowercased); duplicates are dropped with a stamp per id before sorting the distinct ones.
 */
export function bigramIdSet(folded: string, vocab: Vocabulary): Uint32Array {
  if (scratch.length < folded.length) scratch = new Uint32Array(folded.length * 2);
  stamp++;
  let n = 0, prev = -1;
  for (let i = 0; i < folded.length; i++) {
    let code = folded.charCodeAt(i);
    if (!significant(code)) { prev = -1; continue; }
    if (code >= 0x31 && code <= 0x39) code = 0x30;
    else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (prev >= 0) {
      const id = vocab.id(prev * 65536 + code);
      if (id >= seen.length) { const grown = new Int32Array(seen.length * 2); grown.set(seen); seen = grown; }
      if (seen[id] !== stamp) { seen[id] = stamp; scratch[n++] = id; }
    }
    prev = code;
  }
  return scratch.slice(0, n).sort();
}
