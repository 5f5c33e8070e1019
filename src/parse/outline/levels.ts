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

/** What the walk needs to know about a candidate's place in the text. */
export interface Context {
  /** The heading is alone on its line (no body text follows it there). */
  standalone: (c: Candidate) => boolean;
  /** The paragraph before ends with a colon: what follows is a list it announces. */
  announced: (c: Candidate) => boolean;
}

/**
 * A restart at 1 without a new parent is accepted only at the top level (a part heading the
 * document did not mark) or for a standalone heading line, and never right after a colon
 * (主要是：一、…二、…): there it is a list in the body.
 */
function restartAllowed(depth: number, cand: Candidate, ctx: Context): boolean {
  return cand.marker?.value === 1 && (depth === 0 || ctx.standalone(cand)) && !ctx.announced(cand);
}

function place(stack: Open[], cands: Candidate[], i: number, ctx: Context): number | null {
  const cand = cands[i]!;
  const at = stack.findIndex((o) => o.style === cand.style);
  const value = cand.marker?.value;
  if (at >= 0) {
    const open = stack[at]!;
    if (value !== undefined && !continuesRun(open, value) && !restartAllowed(at, cand, ctx)) return null;
    stack.length = at + 1;
    if (value !== undefined) open.last = value;
    return at + 1;
  }
  if (value !== undefined && value > MAX_SKIP) return null;
  // Leads are the finest level: a numbered or part heading after a run of them (——目标一。… then
  // 一、…) is their sibling's equal, not their child, so the leads close first.
  if (cand.kind !== 'lead') while (stack.at(-1)?.style === 'lead') stack.pop();
  if (partAboveNumbers(stack, cand, cands, i)) stack.length = 0;
  stack.push({ style: cand.style, last: value ?? 0 });
  return stack.length;
}

/**
 * A part heading (2024年工作安排) met below top-level numbers (一、… 二、… with no part above them)
 * whose next heading restarts that numbering at 1 opens a new top-level part: the restart shows
 * the part is their equal (二、 continuing after it would make it a child of 一、, so it stays).
 */
function partAboveNumbers(stack: Open[], cand: Candidate, cands: Candidate[], i: number): boolean {
  const top = stack[0];
  if (cand.kind !== 'part' || cand.style !== 'part' || !top || !/^(cn|pcn|ar|par|arp|circ|di)$/u.test(top.style)) return false;
  let j = i + 1;
  while (cands[j]?.kind === 'lead') j++;
  const next = cands[j];
  return next !== undefined && next.style === top.style && next.marker?.value === 1;
}

/** Keeps the candidates that fit the document's numbering, each with its level (1 = top). */
export function nest(cands: Candidate[], ctx: Context): Nested[] {
  const stack: Open[] = [];
  const out: Nested[] = [];
  // A rejected list goes on rejecting its next items (一、… 二、… on the following lines), even
  // where one of them would happen to continue the real headings' numbering.
  let list: { style: string; last: number; block: number } | null = null;
  for (let i = 0; i < cands.length; i++) {
    const cand = cands[i]!;
    const value = cand.marker?.value;
    if (list && cand.style === list.style && value === list.last + 1 && cand.block === list.block + 1) {
      list = { style: cand.style, last: value, block: cand.block };
      continue;
    }
    const level = place(stack, cands, i, ctx);
    if (level !== null) out.push({ cand, level });
    list = level === null && value !== undefined ? { style: cand.style, last: value, block: cand.block } : null;
  }
  return out;
}
