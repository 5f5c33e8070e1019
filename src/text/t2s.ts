// Traditional -> simplified with OpenCC's own t2s tables (opencc-js/t2cn), giving exactly what its
// Converter({ from: 't', to: 'cn' }) gives, several times faster: it works on UTF-16 units in typed
// arrays, a flag per unit says where any dictionary key can start, and a table of the keys' first
// two units says where a phrase can start, so the bulk of a report is copied unit by unit instead of
// walking OpenCC's Map trie. Same rules as OpenCC's Trie.convert: normalisation chain first, then
// each conversion group in turn, longest key at each position, unmatched ideographic description
// sequences (U+2FF0-2FFF) copied whole. Group tables are built in t2s-group.ts.
import { Converter } from 'opencc-js/t2cn';
import type { UnitSet } from './unit-set';
import { cpAt, groups, type Group, idsEnd, longestKey, mayStartPhrase } from './t2s-group';

/** Where general() left the output. */
let out = 0;

/** One group over src[0, n) into dst (room for 2n units: values are never more than twice as long); -1 when nothing changed. */
function convertGroup(g: Group, src: Uint16Array, n: number, dst: Uint16Array, written: UnitSet | null): number {
  const { kind, single, one } = g;
  // Up to the first unit a key can start with, the text stays as it is: a group that changes nothing
  // (a report has no unit of the normalisation group, say) costs one read of the text and no writes.
  let start = 0;
  while (start < n && kind[src[start]!] === 0) start++;
  if (start === n) return -1;
  dst.set(src.subarray(0, start));
  let pos = start;
  let changed = false;
  for (let i = start; i < n; ) {
    const c = src[i]!;
    let k = kind[c]!;
    // A unit that starts phrases, but none with the unit after it: only its own key can match.
    if (k === 2 && one[c] !== 2 && !mayStartPhrase(g, c, i + 1 < n ? src[i + 1]! : -1)) k = one[c]!;
    if (k === 0) dst[pos++] = c;
    else if (k === 1) {
      dst[pos++] = single[c]!;
      written?.add(single[c]!);
      changed = true;
    } else {
      out = pos;
      const next = general(g, src, n, i, dst);
      if (next < 0 && written) for (let j = pos; j < out; j++) written.add(dst[j]!);
      changed ||= next < 0;
      i = next < 0 ? -next : next;
      pos = out;
      continue;
    }
    i++;
  }
  return changed ? pos : -1;
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

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The string of units[0, n): decoded natively (one flat string) unless it holds a surrogate, which the
 * decoder would replace when lone. `surrogate`: whether it does, when the caller knows (else it is looked for).
 */
export function unitsToString(units: Uint16Array, n: number, surrogate?: boolean): string {
  // Short texts (titles, query words, a sentence of the parser): a call to the decoder costs more.
  if (n <= 512) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  surrogate ??= hasSurrogate(units, n);
  if (!surrogate) return utf16.decode(units.subarray(0, n));
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  return out;
}

/** Whether units[0, n) holds a surrogate (lone or paired). */
export function hasSurrogate(units: Uint16Array, n: number): boolean {
  for (let i = 0; i < n; i++) if ((units[i]! & 0xf800) === 0xd800) return true;
  return false;
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
  if (bufA.length < 2 * n + 8) [bufA, bufB] = [new Uint16Array(2 * n + 8), new Uint16Array(2 * n + 8)];
  let cur = src;
  let length = n;
  // OpenCC's chain is not the same twice: 乾縣 gives 乾县 (a phrase keeps 乾) and 乾县 gives 干县 (the
  // character alone), 薴 gives 苧 and 苧 gives 苎. Folding is for matching, and the same words must
  // fold alike in either script: what changed goes through the chain again until it changes no more
  // (twice for OpenCC's tables; four at most). Simplified text that the first pass left alone is done.
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const g of gs) {
      const dst = cur === bufA ? bufB : bufA;
      const m = convertGroup(g, cur, length, dst, written);
      if (m < 0) continue;
      cur = dst;
      length = m;
      changed = true;
      // The next group may double it again.
      if (bufA.length < 2 * length + 8) cur = grow(cur, length, 2 * length + 8);
    }
    if (!changed) break;
  }
  return { units: cur, length, changed: cur !== src };
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
