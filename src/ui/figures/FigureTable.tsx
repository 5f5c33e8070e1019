// The figure table: one row per figure with its report, year, place, body, section, phrase (linking
// to its paragraph), value, unit, modifier and category; long tables grow page by page. On a phone
// each row is laid out as a small card (trends.css) instead of a table wider than the screen.
import { useState } from 'preact/hooks';
import { routeHref } from '../../lib/route';
import type { FigureRow } from '../../state/figures';
import { groupName, tt } from '../trends/strings';
import { categoryName } from './category-name';

const PAGE = 200;

/** The report opened at the figure's section with its phrase marked (?at= lands on that occurrence). */
export function figureHref(r: FigureRow): string {
  return routeHref({ name: 'report', id: r.reportId, section: r.sectionIndex >= 0 ? r.sectionIndex : null, q: r.text, at: { para: r.para, start: r.offset } });
}

export function FigureTable({ rows, total }: { rows: FigureRow[]; total: number }) {
  const [shown, setShown] = useState(PAGE);
  const visible = rows.slice(0, shown);
  if (rows.length === 0) return <p class="card muted">{tt().noFigures}</p>;
  return (
    <section class="card">
      <p class="muted">{tt().shown(Math.min(shown, rows.length), total)}</p>
      <div class="table-scroll">
        <table class="data-table figure-table">
          <thead>
            <tr>
              <th>{tt().phrase}</th><th class="num">{tt().value}</th><th>{tt().unit}</th><th>{tt().modifier}</th><th>{tt().category}</th>
              <th>{tt().report}</th><th>{tt().year}</th><th>{tt().locality}</th><th>{tt().body}</th><th>{tt().section}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={`${r.reportId}:${r.para}:${r.offset}`}>
                <td class="f-phrase"><a href={figureHref(r)}>{r.text}</a></td>
                <td class="num">{r.value.toLocaleString('zh-CN')}</td><td>{r.unit}</td><td>{r.modifier ?? ''}</td>
                <td><span class="category-tag">{categoryName(r.category)}</span></td>
                <td class="clip f-report">{r.title}</td><td class="nowrap">{r.year ?? ''}</td><td class="nowrap">{r.locality ?? ''}</td><td class="nowrap">{groupName(r.body)}</td><td class="clip f-section">{r.section}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown < rows.length && <button type="button" onClick={() => setShown(shown + PAGE)}>{tt().showMore}</button>}
    </section>
  );
}
