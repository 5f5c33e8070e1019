// Order-keeping pairing: the heaviest set of non-crossing pairs between two lists (weighted LCS),
// so sections keep each report's order; a strong pair left crossing is picked up later as moved.

/**
 * weight(i, j) > 0 allows pairing item i of the first list with item j of the second; the
 * result maximises the summed weight, pairs in increasing order on both sides.
 */
export function monotonePairs(n: number, m: number, weight: (i: number, j: number) => number): Array<[number, number]> {
  const w = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) w[i * m + j] = weight(i, j);
  const cols = m + 1;
  const best = new Float64Array((n + 1) * cols);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const here = w[(i - 1) * m + (j - 1)]!;
      const diag = here > 0 ? best[(i - 1) * cols + j - 1]! + here : -1;
      best[i * cols + j] = Math.max(best[(i - 1) * cols + j]!, best[i * cols + j - 1]!, diag);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n, j = m;
  while (i > 0 && j > 0) {
    const v = best[i * cols + j]!;
    if (v === best[(i - 1) * cols + j]) i--;
    else if (v === best[i * cols + j - 1]) j--;
    else { pairs.push([i - 1, j - 1]); i--; j--; }
  }
  return pairs.reverse();
}

/** DP cells beyond which lists are paired block by block (a flat outline of thousands of headings). */
export const MAX_CELLS = 160_000;
/** Items per block once split: small, since every cell costs a section comparison. */
const BLOCK = 100;

/**
 * monotonePairs, bounded: long lists are cut into proportional blocks paired block against block,
 * so work and memory stay linear in the lists' length; a partner beyond its block is left for the
 * moved pass.
 */
export function boundedMonotonePairs(n: number, m: number, weight: (i: number, j: number) => number): Array<[number, number]> {
  if (n * m <= MAX_CELLS) return monotonePairs(n, m, weight);
  const blocks = Math.ceil(Math.max(n, m) / BLOCK);
  const out: Array<[number, number]> = [];
  for (let k = 0; k < blocks; k++) {
    const a0 = Math.floor((k * n) / blocks), a1 = Math.floor(((k + 1) * n) / blocks);
    const b0 = Math.floor((k * m) / blocks), b1 = Math.floor(((k + 1) * m) / blocks);
    for (const [x, y] of monotonePairs(a1 - a0, b1 - b0, (x, y) => weight(a0 + x, b0 + y))) out.push([a0 + x, b0 + y]);
  }
  return out;
}
