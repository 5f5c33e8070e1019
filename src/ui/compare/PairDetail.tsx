// A chosen pair opened: both sections' full text side by side with the character diff drawn on
// them, and the figures counted on both sides whose values differ (办理提案325件 / 交办提案302件).
import type { ChosenPair } from '../../state/compare';
import { DiffText } from './DiffText';
import { headingLabel } from './heading-label';
import { t } from '../i18n';

interface Props {
  pair: ChosenPair;
  onClose: () => void;
}

export function PairDetail({ pair, onClose }: Props) {
  const d = t().cmp;
  const { diff, left, right } = pair.detail;
  const changed = diff.figures.filter((f) => f.changed);
  const flagged = (side: 'a' | 'b') => changed.map((f) => [f[side].start, f[side].end] as const);
  return (
    <section class="cmp-detail card" aria-labelledby="cmp-detail-h" data-row={pair.row}>
      <div class="cmp-detail-head">
        <h2 id="cmp-detail-h" tabIndex={-1}>{d.detailTitle}</h2>
        <span class="muted">{d.textShared(Math.round(diff.similarity * 100))}</span>
        <span class="cmp-legend" aria-hidden="true">
          <mark class="cmp-shared">{d.legendShared}</mark> <del class="cmp-del">{d.legendLeft}</del>{' '}
          <ins class="cmp-ins">{d.legendRight}</ins> <span class="cmp-fig">{d.figureDiffers}</span>
        </span>
        <button type="button" onClick={onClose}>{d.closeDetail}</button>
      </div>
      {diff.coarse && <p class="muted">{d.coarse}</p>}
      {changed.length > 0 && (
        <table class="fig-table cmp-figs">
          <caption>{d.figuresChanged(changed.length)}</caption>
          <thead><tr><th scope="col">{d.sides[0]}</th><th scope="col">{d.sides[1]}</th></tr></thead>
          <tbody>{changed.map((f, i) => <tr key={i}><td data-side={d.sides[0]}>{f.a.text}</td><td data-side={d.sides[1]}>{f.b.text}</td></tr>)}</tbody>
        </table>
      )}
      <div class="cmp-detail-cols">
        <div>
          <h3><span class="muted">{d.sides[0]}</span> {headingLabel(pair.heads[0])}</h3>
          <DiffText text={left} segments={diff.left} flagged={flagged('a')} label={d.sides[0]} />
        </div>
        <div>
          <h3><span class="muted">{d.sides[1]}</span> {headingLabel(pair.heads[1])}</h3>
          <DiffText text={right} segments={diff.right} flagged={flagged('b')} label={d.sides[1]} />
        </div>
      </div>
    </section>
  );
}
