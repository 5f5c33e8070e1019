// The original text of a report, kept as differences from its folded text: the units that folding
// changed without changing their width (traditional characters, punctuation), and the code points
// whose width changed (listed in `shifts`). Simplified reports then cost almost nothing beyond the
// folded text, traditional ones about a third of it; paragraphs are rebuilt only for snippets.
// A traditional report changes thousands of units, mostly the same way every time (協 -> 协): each
// folded unit's usual original is listed once in `always`, and only the units whose original is not
// the usual one are listed where they occur (see original-subs.ts).
import { encodeSubs, SubCursor } from './original-subs';
import { diffAtUnits } from './original-units';

export interface OriginalDiff {
  /** Pairs of units (folded, original): the original a folded unit outside shifts stands for unless listed. */
  always: string;
  /** Gaps between the ascending folded offsets of units whose original differs (same width), as varints. */
  subGaps: Uint8Array;
  /** Per SUB_MARK-th entry k (k = 0, SUB_MARK, ...): its offset, and where the varint after it starts. */
  subMarks: Uint32Array;
  /** The original units, one per entry. */
  subText: string;
  /** Original text of each shift entry, concatenated in order. */
  shiftText: string;
}

/** Per folded unit (while seenGen says it was seen in this text): the usual original (majority vote). */
const usual = new Uint16Array(65536);
const votes = new Uint32Array(65536);
const seenGen = new Uint32Array(65536);
let gen = 0;

/**
 * Visits the runs of units outside shifts: original [from, to) at folded offset o + delta (a call per
 * run, not per unit: the visitors loop themselves); collects the shifts' original text.
 */
function walkRuns(original: string, shifts: ArrayLike<number>, visit: (from: number, to: number, delta: number) => void): string {
  const shiftText: string[] = [];
  let f = 0;
  let o = 0;
  for (let k = 0; o < original.length; k += 4) {
    const stop = k < shifts.length ? shifts[k + 2]! : original.length;
    if (stop > o) visit(o, stop, f - o);
    f += stop - o;
    o = stop;
    if (k >= shifts.length) break;
    shiftText.push(original.slice(o, o + shifts[k + 3]!));
    f += shifts[k + 1]!;
    o += shifts[k + 3]!;
  }
  return shiftText.join('');
}

/** Beyond this many units folding wrote, looking for each with indexOf costs more than one walk over the text. */
export const FEW_UNITS = 25;

/** Per unit: whether it is among the `differing` units of the current text (while differGen says so). */
const differGen = new Uint32Array(65536);
/** The masked walk's visits: original offset, folded offset and folded unit of each (reused between texts). */
let visitAt = new Int32Array(1 << 12);
let visitF = new Int32Array(1 << 12);
let visitUnit = new Uint16Array(1 << 12);

/**
 * Differences between original and folded text, given the fold's shift list and, when known, a
 * superset of the folded units that differ from the original at their offset (Folded.written).
 */
export function diffOriginal(original: string, folded: string, shifts: ArrayLike<number>, differing?: readonly number[] | null): OriginalDiff {
  if (differing && differing.length <= FEW_UNITS && shifts.length === 0 && original.length === folded.length) return diffAtUnits(original, folded, differing);
  const g = ++gen;
  const seen: number[] = [];
  const vote = (u: number, c: number): void => {
    if (seenGen[u] !== g) { seenGen[u] = g; usual[u] = c; votes[u] = 1; seen.push(u); }
    else if (usual[u] === c) votes[u]!++;
    else if (votes[u] === 0) { usual[u] = c; votes[u] = 1; }
    else votes[u]!--;
  };
  let shiftText: string;
  let nVisits = -1;
  if (differing) {
    // A unit outside `differing` is its own original wherever it stands: only the others are voted and compared.
    for (const u of differing) differGen[u] = g;
    if (visitAt.length < original.length) [visitAt, visitF, visitUnit] = [new Int32Array(original.length), new Int32Array(original.length), new Uint16Array(original.length)];
    nVisits = 0;
    shiftText = walkRuns(original, shifts, (from, to, delta) => {
      for (let o = from; o < to; o++) {
        const u = folded.charCodeAt(o + delta);
        if (differGen[u] !== g) continue;
        vote(u, original.charCodeAt(o));
        visitAt[nVisits] = o;
        visitF[nVisits] = o + delta;
        visitUnit[nVisits++] = u;
      }
    });
  } else {
    shiftText = walkRuns(original, shifts, (from, to, delta) => {
      for (let o = from; o < to; o++) vote(folded.charCodeAt(o + delta), original.charCodeAt(o));
    });
  }
  // U+0000 marks "no mapping" when the pairs are read back: a unit changed to it is always listed.
  for (const u of seen) if (usual[u] === 0) usual[u] = u;
  const always = seen.filter((u) => usual[u] !== u);
  const subAt: number[] = [];
  const subText: string[] = [];
  const sub = (o: number, f: number): void => {
    subAt.push(f);
    subText.push(original[o]!);
  };
  if (nVisits >= 0) visitSubs(original, nVisits, sub);
  else {
    walkRuns(original, shifts, (from, to, delta) => {
      for (let o = from; o < to; o++) if (original.charCodeAt(o) !== usual[folded.charCodeAt(o + delta)]) sub(o, o + delta);
    });
  }
  const pairs = always.map((u) => String.fromCharCode(u, usual[u]!)).join('');
  return { always: pairs, ...encodeSubs(subAt), subText: subText.join(''), shiftText };
}

/** The masked walk's visits whose original is not their unit's usual one. */
function visitSubs(original: string, n: number, sub: (o: number, f: number) => void): void {
  for (let v = 0; v < n; v++) {
    const o = visitAt[v]!;
    if (original.charCodeAt(o) !== usual[visitUnit[v]!]) sub(o, visitF[v]!);
  }
}

/** The `always` pairs of the last report read, as a table by folded unit (0: unchanged). */
const mapTo = new Uint16Array(65536);
let mapped = '';

/** folded[from, to) with the always-changed units put back. */
function withAlways(folded: string, always: string, from: number, to: number): string {
  if (!always) return folded.slice(from, to);
  if (mapped !== always) {
    for (let i = 0; i < mapped.length; i += 2) mapTo[mapped.charCodeAt(i)] = 0;
    for (let i = 0; i < always.length; i += 2) mapTo[always.charCodeAt(i)] = always.charCodeAt(i + 1);
    mapped = always;
  }
  let out = '';
  let last = from;
  for (let i = from; i < to; i++) {
    const m = mapTo[folded.charCodeAt(i)]!;
    if (m === 0) continue;
    out += folded.slice(last, i) + String.fromCharCode(m);
    last = i + 1;
  }
  return out + folded.slice(last, to);
}

function firstAtOrAfter(sorted: ArrayLike<number>, value: number, stride = 1): number {
  let lo = 0;
  let hi = sorted.length / stride;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid * stride]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original text behind folded[from, to), where from and to are code point boundaries. */
export function originalSlice(folded: string, shifts: ArrayLike<number>, diff: OriginalDiff, from: number, to: number): string {
  const sub = new SubCursor(diff, from);
  let k = firstAtOrAfter(shifts, from, 4);
  let st = 0;
  for (let j = 0; j < k; j++) st += shifts[j * 4 + 3]!;
  const out: string[] = [];
  for (let f = from; f < to; ) {
    const nextShift = k * 4 < shifts.length ? shifts[k * 4]! : Infinity;
    const next = Math.min(nextShift, sub.at, to);
    if (next > f) out.push(withAlways(folded, diff.always, f, next));
    f = next;
    if (f >= to) break;
    if (f === nextShift) {
      const length = shifts[k * 4 + 3]!;
      out.push(diff.shiftText.slice(st, st + length));
      st += length;
      f += shifts[k * 4 + 1]!;
      k++;
    } else {
      out.push(diff.subText[sub.k]!);
      sub.next();
      f++;
    }
  }
  return out.join('');
}
