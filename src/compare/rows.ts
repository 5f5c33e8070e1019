// Display order of an alignment: walks both outlines together, pairs in place, gaps where a side has
// no counterpart, a moved pair at its left-hand position (its right-hand place is skipped).
import type { Pairing } from './align';
import type { Section } from './sections';
import { titleSimilarity } from './similarity';
import type { Alignment, Change, HeadingRef, Row } from './types';

/** Below this heading similarity a content-matched pair counts as reworded. */
const SAME_TITLE = 0.8;

function ref(s: Section): HeadingRef {
  return { index: s.index, level: s.level, number: s.number, title: s.title };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

export function buildRows(p: Pairing): Alignment {
  const rows: Row[] = [];
  const changes: Change[] = [];
  const sa = p.pa.sections, sb = p.pb.sections;

  const push = (row: Row, listed: boolean) => {
    if (row.kind !== 'same' && listed) {
      changes.push({ kind: row.kind, row: rows.length, left: row.left, right: row.right, score: row.score });
    }
    rows.push(row);
  };

  const emitPair = (i: number) => {
    const a = sa[i]!, b = sb[p.toB[i]!]!;
    const moved = p.moved[i] === 1;
    const kind = moved ? 'moved' : titleSimilarity(a, b) < SAME_TITLE ? 'reworded' : 'same';
    push({ left: ref(a), right: ref(b), score: round(p.score[i]!), kind, ...(moved ? { moved } : {}) }, true);
    emitLists(a.children, b.children);
  };

  // A section on one side only; its own unpaired children are part of the same change.
  const emitA = (i: number, nested: boolean) => {
    if (p.toB[i] !== -1) return emitPair(i);
    push({ left: ref(sa[i]!), right: null, score: 0, kind: 'removed' }, !nested);
    for (const c of sa[i]!.children) emitA(c, true);
  };
  const emitB = (j: number, nested: boolean) => {
    if (p.toA[j] !== -1) return;
    push({ left: null, right: ref(sb[j]!), score: 0, kind: 'added' }, !nested);
    for (const c of sb[j]!.children) emitB(c, true);
  };

  function emitLists(listA: number[], listB: number[]): void {
    const position = new Map(listB.map((j, k) => [j, k]));
    let next = 0;
    for (const i of listA) {
      const k = p.toB[i] !== -1 && p.moved[i] === 0 ? position.get(p.toB[i]!) : undefined;
      if (k === undefined) { emitA(i, false); continue; }
      for (; next < k; next++) emitB(listB[next]!, false);
      next = k + 1;
      emitPair(i);
    }
    for (; next < listB.length; next++) emitB(listB[next]!, false);
  }

  emitLists(p.pa.roots, p.pb.roots);
  return { rows, changes };
}
