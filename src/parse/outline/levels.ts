// Nesting by the document's own conventions: a stack of numbering styles. A style seen for the
// first time opens a level below the current one; a style already on the stack closes everything
// deeper and returns to its level. The same walk checks sequence continuity (一 then 二, 1 then 2):
// a number that does not continue its run is a list item or a stray number, not a heading.
import type { Candidate } from './candidates';

export interface Nested { cand: Candidate; level: number }

interface Open { style: string; last: number }

/** Numbers may skip one (a heading lost to damage) but never go back or jump far. */
const MAX_SKIP = 2;

function continuesRun(open: Open, value: number): boolean {
  return value > open.last && value <= open.last + MAX_SKIP;
}

/**
 * A restart at 1 without a new parent is accepted only at the top level (a part heading the
 * document did not mark) or for a standalone heading line; in body text it is a list.
 */
function restartAllowed(depth: number, cand: Candidate, standalone: boolean): boolean {
  return cand.marker?.value === 1 && (depth === 0 || standalone);
}

function place(stack: Open[], cand: Candidate, standalone: boolean): number | null {
  const at = stack.findIndex((o) => o.style === cand.style);
  const value = cand.marker?.value;
  if (at >= 0) {
    const open = stack[at]!;
    if (value !== undefined && !continuesRun(open, value) && !restartAllowed(at, cand, standalone)) return null;
    stack.length = at + 1;
    if (value !== undefined) open.last = value;
    return at + 1;
  }
  if (value !== undefined && value > MAX_SKIP) return null;
  stack.push({ style: cand.style, last: value ?? 0 });
  return stack.length;
}

/** Keeps the candidates that fit the document's numbering, each with its level (1 = top). */
export function nest(cands: Candidate[], standalone: (c: Candidate) => boolean): Nested[] {
  const stack: Open[] = [];
  const out: Nested[] = [];
  for (const cand of cands) {
    const level = place(stack, cand, standalone(cand));
    if (level !== null) out.push({ cand, level });
  }
  return out;
}
