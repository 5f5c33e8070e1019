// Dense ids for text bigrams, shared by the two reports of a pair: an open-addressing table on typed
// arrays, because a Map lookup per bigram was a tenth of the time of aligning two long reports.
import { bigramCodes } from './grams';

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

const scratch: number[] = [];

/** Sorted, distinct bigram ids of folded text. */
export function bigramIdSet(folded: string, vocab: Vocabulary): Uint32Array {
  scratch.length = 0;
  bigramCodes(folded, scratch);
  const ids = new Uint32Array(scratch.length);
  for (let k = 0; k < scratch.length; k++) ids[k] = vocab.id(scratch[k]!);
  ids.sort();
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (n === 0 || ids[i] !== ids[n - 1]) ids[n++] = ids[i]!;
  return ids.slice(0, n);
}
