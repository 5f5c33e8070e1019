// Filters (body, locality, year), sort, the count of what is shown, and the export of its tables.
import { clearFilters, SORT_KEYS, filterBody, filterLocality, filterYear, placeOf, places, sortKey, summaries, visible, years, type SortKey } from '../state/library';
import { BODIES, type Body } from '../model/report';
import { TablesExport } from './TablesExport';
import { t } from './i18n';

export function LibraryToolbar() {
  const d = t();
  const sortLabel: Record<SortKey, string> = { imported: d.sortImported, title: d.sortTitle, locality: d.sortLocality, year: d.sortYear, size: d.sortSize };
  const filtered = filterBody.value || filterLocality.value || filterYear.value !== null;
  return (
    // Two search landmarks share the page (this and the header's full-text search): each needs its own name.
    <div class="toolbar" role="search" aria-label={d.filterLibrary}>
      <label>{d.filterBody}
        <select value={filterBody.value} onChange={(e) => { filterBody.value = e.currentTarget.value as Body | ''; }}>
          <option value="">{d.filterAll}</option>
          {BODIES.map((b) => <option key={b} value={b}>{d.body[b]}</option>)}
        </select>
      </label>
      <label>{d.filterLocality}
        <select value={placeOf(filterLocality.value)?.name ?? filterLocality.value} onChange={(e) => { filterLocality.value = e.currentTarget.value; }}>
          <option value="">{d.filterAll}</option>
          {places.value.map((p) => <option key={p.key} value={p.name}>{p.name}</option>)}
        </select>
      </label>
      <label>{d.filterYear}
        <select value={filterYear.value === null ? '' : String(filterYear.value)}
          onChange={(e) => { const v = e.currentTarget.value; filterYear.value = v ? Number(v) : null; }}>
          <option value="">{d.filterAll}</option>
          {years.value.map((y) => <option key={y} value={String(y)}>{y}</option>)}
        </select>
      </label>
      <label>{d.sortBy}
        <select value={sortKey.value} onChange={(e) => { sortKey.value = e.currentTarget.value as SortKey; }}>
          {SORT_KEYS.map((k) => <option key={k} value={k}>{sortLabel[k]}</option>)}
        </select>
      </label>
      {filtered && <button type="button" class="link" onClick={clearFilters}>{d.clearFilters}</button>}
      <span class="count" aria-live="polite">{d.reportsCount(visible.value.length, summaries.value.length)}</span>
      <TablesExport />
    </div>
  );
}
