// The comparison on screen (#/compare/<a>/<b>): both reports loaded from the library, their
// alignment, plan against delivery when the years line up, the chosen pair's detail, and the view's
// switches. The compare core (and opencc's t2cn under its folding) loads on first use, never at start.
import { signal } from '@preact/signals';
import { getReport, type OpenedReport } from '../store/repo';
import type { Alignment, HeadingRef, PairDetail, PlanItem, PlanVsDelivery } from '../compare';
import { library } from './db';
import { reportFailure } from './notices';
import { navigate } from './route';
import { saveBlob } from './report';
import { followChanges } from './tabs';
import { openedTitle } from '../lib/report-title';
import { judge, type TargetStatus } from '../trends/target-judge';

type Core = typeof import('../compare');

export type Side = 0 | 1;

export interface PlanView {
  /** Which side holds the plan (the other delivers it). */
  planSide: Side;
  result: PlanVsDelivery;
  /** Met, within or missed for each of result.numbers (no-result where the delivery gives none). */
  numberStatus: TargetStatus[];
}

export type CompareState =
  | { a: string; b: string; status: 'loading' }
  | { a: string; b: string; status: 'missing'; missing: Side[] }
  | { a: string; b: string; status: 'ready'; sides: [OpenedReport, OpenedReport]; alignment: Alignment; plan: PlanView | null };

export interface ChosenPair {
  /** The alignment row opened, or -1 for a plan item and its reported match. */
  row: number;
  /** The left and right report's sections. */
  heads: [HeadingRef, HeadingRef];
  detail: PairDetail;
}

export const compareState = signal<CompareState | null>(null);
export const changesOnly = signal(false);
/** The two outline columns follow each other's scrolling; off lets each be read alone. */
export const scrollLinked = signal(true);
export const chosenPair = signal<ChosenPair | null>(null);

let core: Core | null = null;
let loadSeq = 0;

export function loadCore(): Promise<Core> {
  return core ? Promise.resolve(core) : import('../compare').then((m) => (core = m));
}

function planView(core: Core, a: OpenedReport, b: OpenedReport): PlanView | null {
  const order = core.planOrder(a.report, b.report);
  if (!order) return null;
  const planSide: Side = order[0] === a.report ? 0 : 1;
  const result = core.planVsDelivery(order[0], order[1]);
  const numberStatus = result.ok ? result.numbers.map((n): TargetStatus => (n.result ? judge(n.indicatorKey, n.target, n.result.value) : 'no-result')) : [];
  return { planSide, result, numberStatus };
}

/** `reload`: read both reports again even if on screen (another tab changed one), keeping the view. */
export async function openCompare(a: string, b: string, reload = false): Promise<void> {
  const seq = ++loadSeq;
  const current = compareState.value;
  if (current?.a === a && current.b === b && current.status === 'ready' && !reload) return;
  if (!reload) {
    compareState.value = { a, b, status: 'loading' };
    chosenPair.value = null;
  }
  try {
    const db = await library();
    const [ra, rb, c] = await Promise.all([getReport(db, a), getReport(db, b), loadCore()]);
    if (seq !== loadSeq) return;
    if (!ra || !rb) {
      compareState.value = { a, b, status: 'missing', missing: ([ra ? null : 0, rb ? null : 1] as const).filter((s): s is Side => s !== null) };
      return;
    }
    const alignment = c.align(ra.report, rb.report);
    compareState.value = { a, b, status: 'ready', sides: [ra, rb], alignment, plan: planView(c, ra, rb) };
  } catch (err) {
    if (seq === loadSeq) compareState.value = { a, b, status: 'missing', missing: [] };
    reportFailure(err, 'report');
  }
}

// Another tab changed one of the two reports on screen: read both again, keeping the view.
followChanges((touched) => {
  const cmp = compareState.value;
  if (cmp && (touched(cmp.a) || touched(cmp.b))) void openCompare(cmp.a, cmp.b, true);
});

/** Opens the full text of row `row`'s two sections; a gap row has nothing to set side by side. */
export function choosePair(row: number | null): void {
  const state = compareState.value;
  if (row === null || !core || state?.status !== 'ready') { chosenPair.value = null; return; }
  const r = state.alignment.rows[row];
  if (!r?.left || !r.right) { chosenPair.value = null; return; }
  chosenPair.value = { row, heads: [r.left, r.right], detail: core.pairDetail(state.sides[0].report, state.sides[1].report, r.left.index, r.right.index) };
}

/** Opens a planned item beside the reported item that answers it best, each on its own report's side. */
export function choosePlanItem(item: PlanItem): void {
  const state = compareState.value;
  if (!core || state?.status !== 'ready' || !state.plan || !item.reported) return;
  const heads: [HeadingRef, HeadingRef] = state.plan.planSide === 0 ? [item.planned, item.reported] : [item.reported, item.planned];
  chosenPair.value = { row: -1, heads, detail: core.pairDetail(state.sides[0].report, state.sides[1].report, heads[0].index, heads[1].index) };
}

export function swapSides(): void {
  const state = compareState.value;
  if (state) navigate({ name: 'compare', a: state.b, b: state.a });
}

export function replaceSide(side: Side, id: string): void {
  const state = compareState.value;
  if (!state) return;
  navigate({ name: 'compare', a: side === 0 ? id : state.a, b: side === 1 ? id : state.b });
}

function stem(o: OpenedReport): string {
  return openedTitle(o).replace(/[\\/:*?"<>|#\s]+/g, '').slice(0, 30);
}

export function exportMarkdown(): void {
  const state = compareState.value;
  if (!core || state?.status !== 'ready') return;
  const [a, b] = state.sides;
  const md = core.toMarkdown(state.alignment, a.report, b.report);
  saveBlob(new Blob([md], { type: 'text/markdown;charset=utf-8' }), `对比-${stem(a)}-${stem(b)}.md`);
}
