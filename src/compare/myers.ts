// Myers' O(ND) difference over integer sequences (characters or interned sentences), with a cap on
// the edit distance so a pair of huge, unrelated sections cannot stall the view.

export type EditOp = 'equal' | 'delete' | 'insert';

/** A run of one operation: [aStart, aEnd) of the first sequence and [bStart, bEnd) of the second. */
export interface Edit { op: EditOp; aStart: number; aEnd: number; bStart: number; bEnd: number }

/** Edits turning a into b, or null when more than maxEdits insertions and deletions are needed. */
export function myers(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): Edit[] | null {
  const n = a.length, m = b.length, max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a.length, b.length, d);
    }
  }
  return null;
}

/** Walks the saved frontiers back from (n, m), one edit per step, then merges runs. */
function backtrack(trace: Int32Array[], n: number, m: number, dEnd: number): Edit[] {
  const steps: Edit[] = [];
  let x = n, y = m;
  for (let d = dEnd; d > 0; d--) {
    const frame = trace[d]!; // frame[j] holds v[k] for k = j - d - 1
    const at = (k: number) => frame[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK), prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1, startY = down ? prevY + 1 : prevY;
    if (x > startX) steps.push({ op: 'equal', aStart: startX, aEnd: x, bStart: startY, bEnd: y });
    steps.push(down
      ? { op: 'insert', aStart: prevX, aEnd: prevX, bStart: prevY, bEnd: prevY + 1 }
      : { op: 'delete', aStart: prevX, aEnd: prevX + 1, bStart: prevY, bEnd: prevY });
    x = prevX; y = prevY;
  }
  if (x > 0) steps.push({ op: 'equal', aStart: 0, aEnd: x, bStart: 0, bEnd: y });
  return merge(steps.reverse());
}

function merge(steps: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const s of steps) {
    const last = out[out.length - 1];
    if (last && last.op === s.op && last.aEnd === s.aStart && last.bEnd === s.bStart) {
      last.aEnd = s.aEnd; last.bEnd = s.bEnd;
    } else out.push({ ...s });
  }
  return out;
}
