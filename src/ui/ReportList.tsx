// The list of reports, rendered in pages of 200 so a library of thousands opens at once;
// the selection bar above it deletes with an undo toast.
import { useState } from 'preact/hooks';
import { deleteSelected, selected, setAllSelected, toggleSelected, visible } from '../state/library';
import { ReportRow } from './ReportRow';
import { routeHref } from '../lib/route';
import { t } from './i18n';

const PAGE = 200;

export function ReportList() {
  const [limit, setLimit] = useState(PAGE);
  const d = t();
  const rows = visible.value;
  const sel = selected.value;
  const allOn = rows.length > 0 && rows.every((r) => sel.has(r.id));
  return (
    <>
      <div class={`selection-bar${sel.size > 0 ? ' has-selection' : ''}`}>
        {rows.length > 0 && (
          <label style="flex-direction:row;align-items:center;gap:0.5em;color:inherit">
            <input type="checkbox" checked={allOn} onChange={() => setAllSelected(!allOn)} />
            {d.selectAll}
          </label>
        )}
        {sel.size > 0 && <>
          <span class="muted">{d.selectedCount(sel.size)}</span>
          {sel.size === 2 && <a class="button primary" href={routeHref({ name: 'compare', a: [...sel][0]!, b: [...sel][1]! })}>{d.cmp.compareSelected}</a>}
          <button type="button" class="danger" onClick={() => void deleteSelected({ deleted: d.deletedToast, undo: d.undo })}>
            {d.deleteSelected}
          </button>
        </>}
      </div>
      {rows.length === 0
        ? <p class="card muted">{d.noMatch}</p>
        : (
          <ul class="report-list" aria-label={d.navLibrary} data-count={rows.length}>
            <li class="report-row head" aria-hidden="true">
              <span /><span>{d.colTitle}</span><span>{d.colBody}</span><span>{d.colLocality}</span>
              <span>{d.colYears}</span><span>{d.colScript}</span><span>{d.colSize}</span>
            </li>
            {rows.slice(0, limit).map((s) => <ReportRow key={s.id} summary={s} selected={sel.has(s.id)} onToggle={toggleSelected} />)}
          </ul>
        )}
      {rows.length > limit && (
        <div class="list-more">
          <button type="button" onClick={() => setLimit(limit + PAGE)}>{d.showMore(rows.length - limit)}</button>
        </div>
      )}
    </>
  );
}
