// The figures found in the report as a table; clicking one jumps to its paragraph and flashes it.
import { useState } from 'preact/hooks';
import type { Figure, Heading } from '../model/report';
import { t } from './i18n';

const PAGE = 300;

export function FiguresTable({ figures, outline, onJump }: { figures: Figure[]; outline: Heading[]; onJump: (para: number) => void }) {
  const [limit, setLimit] = useState(PAGE);
  const d = t();
  if (figures.length === 0) return <p class="muted" style="margin:0">{d.noFigures}</p>;
  const fmt = new Intl.NumberFormat('zh-CN');
  return (
    <div class="fig-scroll">
      <table class="fig-table">
        <thead>
          <tr><th scope="col">{d.figText}</th><th scope="col">{d.figValue}</th><th scope="col">{d.figUnit}</th><th scope="col">{d.figSection}</th></tr>
        </thead>
        <tbody>
          {figures.slice(0, limit).map((f, i) => (
            <tr key={i}>
              <td><button type="button" class="link" onClick={() => onJump(f.para)}>{f.text}</button></td>
              <td class="num">{f.approximate ? '≈' : ''}{fmt.format(f.value)}</td>
              <td>{f.unit}</td>
              <td class="muted">{f.section >= 0 ? outline[f.section]?.title ?? '' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.length > limit && <button type="button" onClick={() => setLimit(limit + PAGE)}>{d.showMore(figures.length - limit)}</button>}
    </div>
  );
}
