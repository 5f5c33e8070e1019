// The two outlines side by side: each column lists the alignment's rows for its own report (a gap
// where it has no counterpart). One scroll handler keeps them aligned: the row at the top of the
// scrolled column is brought to the same place in the other, whatever the rows' heights.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Row } from '../../compare';
import { scrollLinked, type Side } from '../../state/compare';
import { RowCell } from './RowCell';
import { t } from '../i18n';

interface Props {
  rows: readonly Row[];
  shown: readonly number[];
  titles: [string, string];
  chosen: number | null;
  onChoose: (row: number) => void;
}

/** Index of the last cell starting at or above `top` (cells are in offsetTop order). */
function cellAt(cells: HTMLElement[], top: number): number {
  let lo = 0, hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cells[mid]!.offsetTop <= top) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Where `to` must scroll so the row at the top of `from` sits at the same place in it. */
function followTop(from: HTMLElement, to: HTMLElement): number | null {
  const cells = [...from.querySelectorAll<HTMLElement>(':scope > [data-row]')];
  if (cells.length === 0) return null;
  const cell = cells[cellAt(cells, from.scrollTop)]!;
  const partner = to.querySelector<HTMLElement>(`:scope > [data-row="${cell.dataset.row}"]`);
  if (!partner) return null;
  const into = from.scrollTop - cell.offsetTop;
  // Above the first row (the column's padding) both columns are the same; inside a row, go by share.
  if (into < 0) return partner.offsetTop + into;
  return partner.offsetTop + Math.min(1, into / Math.max(1, cell.offsetHeight)) * partner.offsetHeight;
}

/** Gives both cells of each row the taller one's height, so the two columns line up row for row. */
function evenRows(left: HTMLElement, right: HTMLElement): void {
  const a = [...left.querySelectorAll<HTMLElement>(':scope > [data-row]')];
  const b = [...right.querySelectorAll<HTMLElement>(':scope > [data-row]')];
  for (const el of [...a, ...b]) el.style.minHeight = '';
  // All reads, then all writes: one layout, not one per row.
  const heights = a.map((el, i) => Math.max(el.offsetHeight, b[i]?.offsetHeight ?? 0));
  a.forEach((el, i) => { el.style.minHeight = `${heights[i]}px`; if (b[i]) b[i]!.style.minHeight = `${heights[i]}px`; });
}

type ColRef = { current: HTMLElement | null };

function useEvenRows(refs: readonly [ColRef, ColRef], deps: unknown[]): void {
  useLayoutEffect(() => {
    const left = refs[0].current, right = refs[1].current;
    if (!left || !right) return;
    let width = -1;
    const observer = new ResizeObserver(() => {
      if (left.clientWidth === width) return; // only a width change re-wraps titles
      width = left.clientWidth;
      evenRows(left, right);
    });
    observer.observe(left);
    evenRows(left, right);
    width = left.clientWidth;
    return () => observer.disconnect();
  }, deps);
}

export function AlignedColumns({ rows, shown, titles, chosen, onChoose }: Props) {
  const cols = [useRef<HTMLDivElement>(null), useRef<HTMLDivElement>(null)] as const;
  // The scrollTop we set on a column ourselves: its scroll event is an echo, not the reader.
  const echo = useRef<[number | null, number | null]>([null, null]);
  const onScroll = (side: Side) => {
    const from = cols[side].current, to = cols[side === 0 ? 1 : 0].current;
    if (!from || !to) return;
    const expected = echo.current[side];
    echo.current[side] = null;
    if (expected !== null && Math.abs(from.scrollTop - expected) <= 1) return;
    if (!scrollLinked.value) return;
    const target = followTop(from, to);
    if (target === null || Math.abs(to.scrollTop - target) <= 1) return;
    to.scrollTop = target;
    echo.current[side === 0 ? 1 : 0] = to.scrollTop;
  };
  const d = t().cmp;
  useEvenRows(cols, [rows, shown.length, d]);
  return (
    <div class="cmp-columns">
      {([0, 1] as const).map((side) => <h2 key={`h${side}`} class="cmp-col-head"><span class="muted">{d.sides[side]}</span> {titles[side]}</h2>)}
      {([0, 1] as const).map((side) => (
        <div key={side} class="cmp-col" data-side={side} ref={cols[side]} tabIndex={-1}
          role="region" aria-label={d.columnLabel(d.sides[side], titles[side])} onScroll={() => onScroll(side)}>
          {shown.map((i) => <RowCell key={i} row={rows[i]!} index={i} side={side} chosen={chosen === i} onChoose={onChoose} />)}
        </div>
      ))}
    </div>
  );
}
