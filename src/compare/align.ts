// Outline alignment of two reports: top-level parts first, then children within paired parents in
// each report's order, then one pass over what is left for sections that moved (shuffled or under
// another parent). Thresholds keep a deleted or inserted section a gap rather than a false partner.
import type { ParsedReport } from '../model/report';
import { boundedMonotonePairs } from './order';
import { profilePair, type Profile, type Section } from './sections';
import { pairScore } from './similarity';
import { buildRows } from './rows';
import type { Alignment } from './types';

/** Lowest score for a pair that keeps both reports' order. */
export const IN_ORDER_MIN = 0.44;
/** Lowest score for a pair found out of order: needs stronger evidence than one in place. */
export const MOVED_MIN = 0.55;
/** A section that changed level as it moved is a weaker match than one that kept it. */
const LEVEL_SHIFT = 0.1;
/** Leftover pairs beyond which the moved pass looks only at sections with the same heading. */
const CROWDED = 100_000;
const MAX_SAME_KEY = 20;

export interface Pairing {
  pa: Profile;
  pb: Profile;
  /** B index paired with each A section, or -1. */
  toB: Int32Array;
  toA: Int32Array;
  score: Float64Array;
  moved: Uint8Array;
}

function newPairing(pa: Profile, pb: Profile): Pairing {
  const n = pa.sections.length, m = pb.sections.length;
  return {
    pa, pb, toB: new Int32Array(n).fill(-1), toA: new Int32Array(m).fill(-1),
    score: new Float64Array(n), moved: new Uint8Array(n),
  };
}

function scorer(pa: Profile, pb: Profile): (a: Section, b: Section) => number {
  const cache = new Map<number, number>();
  const m = pb.sections.length;
  return (a, b) => {
    const key = a.index * m + b.index;
    let s = cache.get(key);
    if (s === undefined) { s = pairScore(a, b, pa.weights).total; cache.set(key, s); }
    return s;
  };
}

function link(p: Pairing, i: number, j: number, score: number, moved: boolean): void {
  p.toB[i] = j; p.toA[j] = i; p.score[i] = score; p.moved[i] = moved ? 1 : 0;
}

/** Pairs two sibling lists in order, then recurses into each new pair's children. */
function alignLists(p: Pairing, listA: number[], listB: number[], score: (a: Section, b: Section) => number): void {
  const freeA = listA.filter((i) => p.toB[i] === -1), freeB = listB.filter((j) => p.toA[j] === -1);
  const sa = p.pa.sections, sb = p.pb.sections;
  const pairs = boundedMonotonePairs(freeA.length, freeB.length, (x, y) => {
    const s = score(sa[freeA[x]!]!, sb[freeB[y]!]!);
    // Weight by the margin over the bar, so two middling pairs do not outweigh one strong pair.
    return s >= IN_ORDER_MIN ? s - IN_ORDER_MIN + 0.01 : 0;
  });
  for (const [x, y] of pairs) link(p, freeA[x]!, freeB[y]!, score(sa[freeA[x]!]!, sb[freeB[y]!]!), false);
  for (const [x, y] of pairs) alignLists(p, sa[freeA[x]!]!.children, sb[freeB[y]!]!.children, score);
}

/**
 * Leftovers, strongest pair first over all levels, so a moved subsection keeps its own partner
 * rather than being taken by its deleted parent (whose text contains it). Levels may differ by one.
 */
function movedPass(p: Pairing, score: (a: Section, b: Section) => number): void {
  const freeA = p.pa.sections.filter((s) => p.toB[s.index] === -1);
  const freeB = p.pb.sections.filter((s) => p.toA[s.index] === -1);
  const candidates: Array<[number, Section, Section]> = [];
  for (const [a, b] of movedCandidates(freeA, freeB)) {
    if (Math.abs(a.level - b.level) > 1) continue;
    const s = score(a, b) - LEVEL_SHIFT * Math.abs(a.level - b.level);
    if (s >= MOVED_MIN) candidates.push([s, a, b]);
  }
  candidates.sort((x, y) => y[0] - x[0]);
  for (const [s, a, b] of candidates) {
    if (p.toB[a.index] !== -1 || p.toA[b.index] !== -1) continue;
    link(p, a.index, b.index, s, true);
    alignLists(p, a.children, b.children, score);
  }
}

/** Every leftover pair; for two huge outlines with little in common, only pairs with the same heading. */
function* movedCandidates(freeA: Section[], freeB: Section[]): Generator<[Section, Section]> {
  if (freeA.length * freeB.length <= CROWDED) {
    for (const a of freeA) for (const b of freeB) yield [a, b];
    return;
  }
  const byKey = new Map<string, Section[]>();
  for (const b of freeB) {
    const same = byKey.get(b.key);
    if (same) same.push(b); else byKey.set(b.key, [b]);
  }
  for (const a of freeA) {
    const same = byKey.get(a.key) ?? [];
    // A heading repeated many times says nothing about which one is the partner.
    if (same.length <= MAX_SAME_KEY) for (const b of same) yield [a, b];
  }
}

/** Pairs the sections of two reports; exposed for plan-vs-delivery and tests. */
export function pairSections(a: ParsedReport, b: ParsedReport): Pairing {
  const [pa, pb] = profilePair(a, b);
  const p = newPairing(pa, pb);
  const score = scorer(pa, pb);
  alignLists(p, pa.roots, pb.roots, score);
  movedPass(p, score);
  return p;
}

/** Rows in display order and the list of changes between report a (left) and report b (right). */
export function align(a: ParsedReport, b: ParsedReport): Alignment {
  return buildRows(pairSections(a, b));
}
