// The phone layout of the alignment: each row one card holding both sides' headings (or a gap),
// so which sections pair is still visible without two columns.
import type { Row } from '../../compare';
import { ScoreBar } from './ScoreBar';
import { headingLabel } from './heading-label';
import { t } from '../i18n';

interface Props {
  rows: readonly Row[];
  shown: readonly number[];
  chosen: number | null;
  onChoose: (row: number) => void;
}

function Card({ row, index, chosen, onChoose }: { row: Row; index: number; chosen: boolean; onChoose: (row: number) => void }) {
  const d = t().cmp;
  const paired = row.left !== null && row.right !== null;
  const level = Math.min((row.left ?? row.right)!.level, 4);
  const body = <>
    {([row.left, row.right] as const).map((h, side) => (
      <span key={side} class={h ? 'side' : 'side gap'}>
        <span class="tag">{d.sides[side]}</span>{h ? headingLabel(h) : d.gap}
      </span>
    ))}
    <span class="meta">
      {row.kind !== 'same' && <span class={`cmp-kind ${row.kind}`}>{d.kind[row.kind]}</span>}
      {paired && <ScoreBar score={row.score} />}
    </span>
  </>;
  if (!paired) return <li class={`cmp-card lv${level}`} data-row={index} data-kind={row.kind}>{body}</li>;
  return (
    <li class={`cmp-card lv${level}`} data-row={index} data-kind={row.kind}>
      <button type="button" aria-current={chosen ? 'true' : undefined} onClick={() => onChoose(index)}>{body}</button>
    </li>
  );
}

export function PairCards({ rows, shown, chosen, onChoose }: Props) {
  return (
    <ol class="cmp-cards" aria-label={t().cmp.tabOutline}>
      {shown.map((i) => <Card key={i} row={rows[i]!} index={i} chosen={chosen === i} onChoose={onChoose} />)}
    </ol>
  );
}
