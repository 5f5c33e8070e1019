// One side of one alignment row in a column: the section's heading indented by level, or a gap
// where this report has no counterpart. The left cell also carries the pair's similarity, so the
// two columns read as rows with the score between them.
import type { Row } from '../../compare';
import type { Side } from '../../state/compare';
import { ScoreBar } from './ScoreBar';
import { headingLabel } from './heading-label';
import { t } from '../i18n';

interface Props {
  row: Row;
  index: number;
  side: Side;
  chosen: boolean;
  onChoose: (row: number) => void;
}

export function RowCell({ row, index, side, chosen, onChoose }: Props) {
  const d = t().cmp;
  const h = side === 0 ? row.left : row.right;
  if (!h) {
    return <div class="cmp-cell gap" data-row={index} data-kind={row.kind}><span>{d.gap}</span></div>;
  }
  const paired = row.left !== null && row.right !== null;
  const label = `${headingLabel(h)}，${d.kind[row.kind]}${paired ? `，${d.similarity(Math.round(row.score * 100))}` : ''}`;
  const content = <>
    <span class="title">{h.number && <span class="num">{h.number}</span>}{h.title}</span>
    {row.kind !== 'same' && <span class={`cmp-kind ${row.kind}`}>{d.kind[row.kind]}</span>}
    {side === 0 && paired && <ScoreBar score={row.score} />}
  </>;
  const cls = `cmp-cell lv${Math.min(h.level, 4)}`;
  // A section with no counterpart has no pair to open: it is a heading, not a control.
  if (!paired) return <div class={cls} data-row={index} data-kind={row.kind}>{content}</div>;
  return (
    <button type="button" class={cls} data-row={index} data-kind={row.kind}
      aria-current={chosen ? 'true' : undefined} aria-label={label} onClick={() => onChoose(index)}>
      {content}
    </button>
  );
}
