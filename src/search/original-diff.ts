// How a report's original differs from its folded text (the OriginalDiff of original.ts): each folded
// unit's usual original by majority vote over its occurrences, and the occurrences whose original is
// another. Folding says which units it wrote (Folded.written): a few are looked for with indexOf
// (original-units.ts); many mask the walk, so only their occurrences are voted and compared.
import type { OriginalDiff } from './original';
import { encodeSubs } from './original-subs';
import { diffAtUnits } from './original-units';

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
  const { shiftText, nVisits } = voteAll(original, folded, shifts, differing, g, vote);
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

/**
 * Votes every unit outside shifts, or with `differing` only those units' occurrences, recorded as
 * visits (nVisits; -1 when every unit was voted); collects the shifts' original text.
 */
function voteAll(original: string, folded: string, shifts: ArrayLike<number>, differing: readonly number[] | null | undefined, g: number, vote: (u: number, c: number) => void): { shiftText: string; nVisits: number } {
  if (!differing) {
    const shiftText = walkRuns(original, shifts, (from, to, delta) => {
      for (let o = from; o < to; o++) vote(folded.charCodeAt(o + delta), original.charCodeAt(o));
    });
    return { shiftText, nVisits: -1 };
  }
  // A unit outside `differing` is its own original wherever it stands: only the others are voted and compared.
  for (const u of differing) differGen[u] = g;
  if (visitAt.length < original.length) [visitAt, visitF, visitUnit] = [new Int32Array(original.length), new Int32Array(original.length), new Uint16Array(original.length)];
  let nVisits = 0;
  const shiftText = walkRuns(original, shifts, (from, to, delta) => {
    for (let o = from; o < to; o++) {
      const u = folded.charCodeAt(o + delta);
      if (differGen[u] !== g) continue;
      vote(u, original.charCodeAt(o));
      visitAt[nVisits] = o;
      visitF[nVisits] = o + delta;
      visitUnit[nVisits++] = u;
    }
  });
  return { shiftText, nVisits };
}

/** The masked walk's visits whose original is not their unit's usual one. */
function visitSubs(original: string, n: number, sub: (o: number, f: number) => void): void {
  for (let v = 0; v < n; v++) {
    const o = visitAt[v]!;
    if (original.charCodeAt(o) !== usual[visitUnit[v]!]) sub(o, visitF[v]!);
  }
}
