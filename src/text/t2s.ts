// Traditional -> simplified with OpenCC's own t2s tables (opencc-js/t2cn), giving exactly what its
// Converter({ from: 't', to: 'cn' }) gives, several times faster: it works on UTF-16 units in typed
// arrays, a flag per unit says where any dictionary key can start, and a table of the keys' first
// two units says where a phrase can start, so the bulk of a report is read unit by unit, converted in
// place, instead of walking OpenCC's Map trie. Same rules as OpenCC's Trie.convert: normalisation chain first, then
// each conversion group in turn, longest key at each position, unmatched ideographic description
// sequences (U+2FF0-2FFF) copied whole. Group tables are built in t2s-group.ts.
import { Converter } from 'opencc-js/t2cn';
import { unitsToString } from '../lib/char-codes';
import type { UnitSet } from './unit-set';
import { cpAt, groups, type Group, idsEnd, longestKey, mayStartPhrase } from './t2s-group';

/** Where general() left the output. */
let out = 0;

/** Where convertInPlace met a key whose value is of another length (-1: it converted the whole text). */
let stoppedAt = -1;
/** Whether convertInPlace met any unit a key of its group starts with. */
let sawKey = false;
/** The groups (bits, by index) some unit written since `touched` was cleared starts a key of. */
let touched = 0;

/**
 * One group over units[0, n), in place: a key's value nearly always has the key's length, and the
 * scan reads only at and after its position, so a value written over its key changes nothing the
 * scan has yet to read. Text the group leaves alone (most of a report) is read once and not copied.
 * Stops at a key whose value is of another length (stoppedAt; units before it are converted) for
 * convertGroup to finish. Returns whether any unit changed.
 */
function convertInPlace(g: Group, units: Uint16Array, n: number, written: UnitSet | null, keyBits: Int32Array): boolean {
  const { kind, single, one } = g;
  let changed = false;
  let saw = false;
  stoppedAt = -1;
  for (let i = 0; i < n; ) {
    const c = units[i]!;
    let k = kind[c]!;
    if (k === 0) {
      i++;
      continue;
    }
    saw = true;
    // A unit that starts phrases, but none with the unit after it: only its own key can match.
    if (k === 2 && one[c] !== 2 && !mayStartPhrase(g, c, i + 1 < n ? units[i + 1]! : -1)) k = one[c]!;
    if (k === 0) i++;
    else if (k === 1) {
      const v = single[c]!;
      units[i++] = v;
      written?.add(v);
      touched |= keyBits[v]!;
      changed = true;
    } else {
      const match = longestKey(g, units, n, i);
      if (!match) {
        const end = idsEnd(units, n, i);
        i = end > i ? end : i + (cpAt(units, n, i) > 0xffff ? 2 : 1);
        continue;
      }
      const [key, value] = match;
      if (value.length !== key.length) {
        stoppedAt = i;
        break;
      }
      for (let j = 0; j < value.length; j++, i++) {
        const v = value.charCodeAt(j);
        if (units[i] === v) continue;
        units[i] = v;
        written?.add(v);
        touched |= keyBits[v]!;
        changed = true;
      }
    }
  }
  sawKey = saw;
  return changed;
}

/**
 * One group over src[from, n) into dst after src[0, from), which is converted already (where
 * convertInPlace stopped); dst has room for 2n units (values are never more than twice as long).
 * Returns the length written.
 */
function convertGroup(g: Group, src: Uint16Array, n: number, from: number, dst: Uint16Array, written: UnitSet | null, keyBits: Int32Array): number {
  const { kind, single, one } = g;
  dst.set(src.subarray(0, from));
  let pos = from;
  for (let i = from; i < n; ) {
    const c = src[i]!;
    let k = kind[c]!;
    if (k === 2 && one[c] !== 2 && !mayStartPhrase(g, c, i + 1 < n ? src[i + 1]! : -1)) k = one[c]!;
    if (k === 0) dst[pos++] = c;
    else if (k === 1) {
      dst[pos++] = single[c]!;
      written?.add(single[c]!);
      touched |= keyBits[single[c]!]!;
    } else {
      out = pos;
      const next = general(g, src, n, i, dst);
      if (next < 0) for (let j = pos; j < out; j++) {
        written?.add(dst[j]!);
        touched |= keyBits[dst[j]!]!;
      }
      i = next < 0 ? -next : next;
      pos = out;
      continue;
    }
    i++;
  }
  return pos;
}

/** The longest key at i, or the unit (or description sequence) as it is; the next i, negated when a key matched. */
function general(g: Group, src: Uint16Array, n: number, i: number, dst: Uint16Array): number {
  const match = longestKey(g, src, n, i);
  if (match) {
    for (let j = 0; j < match[1].length; j++) dst[out++] = match[1].charCodeAt(j);
    return -(i + match[0].length);
  }
  const end = idsEnd(src, n, i);
  const next = end > i ? end : i + (cpAt(src, n, i) > 0xffff ? 2 : 1);
  for (let j = i; j < next; j++) dst[out++] = src[j]!;
  return next;
}

let bufA = new Uint16Array(1 << 14);
let bufB = new Uint16Array(1 << 14);
let input = new Uint16Array(1 << 14);

export interface Units {
  units: Uint16Array;
  length: number;
  /** Whether any unit changed (units then no longer equal the input). */
  changed: boolean;
}

let fallback: ((s: string) => string) | null = null;

/**
 * Simplifies src[0, n) (a buffer of the caller's, left as it is). The result lives in this module's
 * scratch buffers (or is src itself when nothing changed): valid until the next call. `written`
 * collects the units written in place of others.
 */
export function simplifyUnits(src: Uint16Array, n: number, written: UnitSet | null = null): Units {
  const gs = groups();
  if (!gs) {
    const out = fallbackUnits(src, n);
    if (out.changed) written?.spoil();
    return out;
  }
  return simplifyWith(gs, src, n, written);
}

/** simplifyUnits through these groups (OpenCC's, or a test's own). */
export function simplifyWith(gs: Group[], src: Uint16Array, n: number, written: UnitSet | null = null): Units {
  const keyBits = keyBitsOf(gs);
  if (bufA.length < 2 * n + 8) [bufA, bufB] = [new Uint16Array(2 * n + 8), new Uint16Array(2 * n + 8)];
  bufA.set(src.subarray(0, n));
  let cur: Uint16Array = bufA;
  let length = n;
  let changedAny = false;
  // OpenCC's chain is not the same twice: 乾縣 gives 乾县 (a phrase keeps 乾) and 乾县 gives 干县 (the
  // character alone), 薴 gives 苧 and 苧 gives 苎. Folding is for matching, and the same words must
  // fold alike in either script: what changed goes through the chain again until it changes no more
  // (twice for OpenCC's tables; four at most). Simplified text that the first pass left alone is done.
  // A group reads the text again only where it could change it: it met a key last time, or a unit
  // written since starts one of its keys (the normalisation group, which most text never meets).
  let due = -1;
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let gi = 0; gi < gs.length; gi++) {
      // Past 31 groups (OpenCC's t2s has 2), a group is always due.
      const bit = gi < 31 ? 1 << gi : 0;
      if (bit && !(due & bit)) continue;
      const g = gs[gi]!;
      touched = 0;
      let saw = true;
      if (convertInPlace(g, cur, length, written, keyBits)) changed = true;
      if (stoppedAt >= 0) {
        const dst = cur === bufA ? bufB : bufA;
        length = convertGroup(g, cur, length, stoppedAt, dst, written, keyBits);
        cur = dst;
        changed = true;
        // The next group may double it again.
        if (bufA.length < 2 * length + 8) cur = grow(cur, length, 2 * length + 8);
      } else saw = sawKey;
      due = (due & ~bit) | (saw ? bit : 0) | touched;
    }
    if (!changed) break;
    changedAny = true;
  }
  return changedAny ? { units: cur, length, changed: true } : { units: src, length: n, changed: false };
}

let keyBitsFor: Group[] | null = null;
let keyBitsTable = new Int32Array(0);

/** Per unit: the groups (bits, by index, the first 31) a key of which starts with it. */
function keyBitsOf(gs: Group[]): Int32Array {
  if (keyBitsFor === gs) return keyBitsTable;
  const bits = new Int32Array(65536);
  gs.forEach((g, gi) => {
    if (gi < 31) for (let c = 0; c < 65536; c++) if (g.kind[c] !== 0) bits[c]! |= 1 << gi;
  });
  keyBitsFor = gs;
  return (keyBitsTable = bits);
}

/** Both scratch buffers of at least `size` units, keeping cur's content; returns where it now is. */
function grow(cur: Uint16Array, length: number, size: number): Uint16Array {
  const wasA = cur === bufA;
  const next = new Uint16Array(size);
  next.set(cur.subarray(0, length));
  if (wasA) [bufA, bufB] = [next, new Uint16Array(size)];
  else [bufA, bufB] = [new Uint16Array(size), next];
  return next;
}

/** A future opencc-js with another table layout: its own converter, through a string. */
function fallbackUnits(src: Uint16Array, n: number): Units {
  fallback ??= Converter({ from: 't', to: 'cn' });
  const before = unitsToString(src, n);
  const after = fallback(before);
  if (after === before) return { units: src, length: n, changed: false };
  if (bufA.length < after.length) bufA = new Uint16Array(after.length);
  for (let i = 0; i < after.length; i++) bufA[i] = after.charCodeAt(i);
  return { units: bufA, length: after.length, changed: true };
}

/** Traditional (any variant) to mainland simplified: OpenCC's t2cn Converter, applied until the text changes no more. */
export function toSimplifiedFast(s: string): string {
  if (input.length < s.length) input = new Uint16Array(2 * s.length);
  for (let i = 0; i < s.length; i++) input[i] = s.charCodeAt(i);
  const out = simplifyUnits(input, s.length);
  return out.changed ? unitsToString(out.units, out.length) : s;
}
