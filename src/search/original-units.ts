// The original's differences from the folded text when folding kept every width (no shifts) and
// says which few folded units it wrote (a simplified report: commas, brackets, colons): only those
// units' occurrences are visited, found with indexOf, instead of comparing the whole text twice.
// Each unit's usual original is voted over its own occurrences in text order (the vote of one unit
// never depends on another's), so the result is exactly what the full walk in original.ts gives.
import { encodeSubs } from './original-subs';
import type { OriginalDiff } from './original';

let at = new Int32Array(1 << 12);

/** Offsets of unit u in folded, ascending, into `at`; returns how many. */
function occurrences(folded: string, u: number): number {
  const ch = String.fromCharCode(u);
  let n = 0;
  for (let p = folded.indexOf(ch); p >= 0; p = folded.indexOf(ch, p + 1)) {
    if (n === at.length) {
      const next = new Int32Array(2 * n);
      next.set(at);
      at = next;
    }
    at[n++] = p;
  }
  return n;
}

/** Boyer-Moore majority of the originals at `at[0, n)` (U+0000 stands for "as folded"). */
function usualOriginal(original: string, n: number, u: number): number {
  let usual = 0;
  let votes = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(at[i]!);
    if (votes === 0) { usual = c; votes = 1; }
    else if (usual === c) votes++;
    else votes--;
  }
  return usual === 0 ? u : usual;
}

/**
 * Differences of an unshifted fold, given `differing`: a superset of the folded units that differ from
 * the original at their offset (original and folded have the same length).
 */
export function diffAtUnits(original: string, folded: string, differing: readonly number[]): OriginalDiff {
  const firsts: [number, number, number][] = [];
  // Sub entries packed as offset * 65536 + original unit, sorted at the end (offsets ascend per unit only).
  const subs: number[] = [];
  for (const u of new Set(differing)) {
    const n = occurrences(folded, u);
    if (n === 0) continue;
    const usual = usualOriginal(original, n, u);
    firsts.push([at[0]!, u, usual]);
    for (let i = 0; i < n; i++) {
      const c = original.charCodeAt(at[i]!);
      if (c !== usual) subs.push(at[i]! * 65536 + c);
    }
  }
  firsts.sort((a, b) => a[0] - b[0]);
  const always = firsts.filter(([, u, usual]) => usual !== u).map(([, u, usual]) => String.fromCharCode(u, usual)).join('');
  const sorted = Float64Array.from(subs).sort();
  const subAt = Array.from(sorted, (v) => Math.floor(v / 65536));
  const subText = Array.from(sorted, (v) => String.fromCharCode(v % 65536)).join('');
  return { always, ...encodeSubs(subAt), subText, shiftText: '' };
}
