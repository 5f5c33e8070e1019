// The search route's filters (body, kind, locality, year range, one report, words within one
// section); each change rewrites the address, so a filtered search is a link like any other.
import { useState } from 'preact/hooks';
import { BODIES, type Body, type Kind } from '../../model/report';
import type { SearchParams } from '../../lib/route';
import { placeOf, places, summaries, years } from '../../state/library';
import { t } from '../i18n';
import { reportTitle } from '../../lib/report-title';

const KINDS: Kind[] = ['work-report', 'half-year', 'other'];

interface Props {
  params: SearchParams;
  onChange: (patch: Partial<SearchParams>) => void;
}

const orNull = (v: string) => (v === '' ? null : v);

export function SearchFilters({ params: p, onChange }: Props) {
  const d = t();
  const yearList = [...years.value].sort((a, b) => a - b);
  const report = p.report ? summaries.value.find((s) => s.id === p.report) : undefined;
  const year = (v: string) => (v === '' ? null : Number(v));
  // The address may name the place in the other script (an old link with 義烏市): it selects the listed place.
  const place = placeOf(p.locality);
  // On a phone the filters fold under one button (open by itself when some are set).
  const [open, setOpen] = useState(false);
  const set = [p.body, p.kind, p.locality, p.from, p.to, p.within].filter((v) => v !== null).length;
  return (
    <>
    <button type="button" class="filter-toggle" aria-expanded={open || set > 0} onClick={() => setOpen(!open)}>
      {d.srch.filters}{set > 0 ? ` (${set})` : ''}
    </button>
    <div class={`toolbar search-filters${open || set > 0 ? ' open' : ''}`} aria-label={d.srch.filters} role="group">
      <label>{d.filterBody}
        <select name="body" value={p.body ?? ''} onChange={(e) => onChange({ body: orNull(e.currentTarget.value) })}>
          <option value="">{d.filterAll}</option>
          {BODIES.map((b) => <option key={b} value={b}>{d.body[b]}</option>)}
        </select>
      </label>
      <label>{d.fields.kind}
        <select name="kind" value={p.kind ?? ''} onChange={(e) => onChange({ kind: orNull(e.currentTarget.value) })}>
          <option value="">{d.filterAll}</option>
          {KINDS.map((k) => <option key={k} value={k}>{d.kind[k]}</option>)}
        </select>
      </label>
      <label>{d.filterLocality}
        <select name="locality" value={place?.name ?? p.locality ?? ''} onChange={(e) => onChange({ locality: orNull(e.currentTarget.value) })}>
          <option value="">{d.filterAll}</option>
          {p.locality && !place && <option value={p.locality}>{p.locality}</option>}
          {places.value.map((l) => <option key={l.key} value={l.name}>{l.name}</option>)}
        </select>
      </label>
      <label>{d.srch.yearFrom}
        <select name="from" value={p.from === null ? '' : String(p.from)} onChange={(e) => onChange({ from: year(e.currentTarget.value) })}>
          <option value="">{d.srch.anyYear}</option>
          {yearList.map((y) => <option key={y} value={String(y)}>{y}</option>)}
        </select>
      </label>
      <label>{d.srch.yearTo}
        <select name="to" value={p.to === null ? '' : String(p.to)} onChange={(e) => onChange({ to: year(e.currentTarget.value) })}>
          <option value="">{d.srch.anyYear}</option>
          {yearList.map((y) => <option key={y} value={String(y)}>{y}</option>)}
        </select>
      </label>
      <label class="within" title={d.srch.withinHelp}>
        <input type="checkbox" name="within" checked={p.within === 'section'} onChange={(e) => onChange({ within: e.currentTarget.checked ? 'section' : null })} />
        {d.srch.withinSection}
      </label>
      {set > 0 && (
        <button type="button" class="link" onClick={() => onChange({ body: null, kind: null, locality: null, from: null, to: null, within: null })}>
          {d.clearFilters}
        </button>
      )}
    </div>
    {p.report && (
      <p class="only-report">
        <span class="pill">{d.srch.onlyReport(report ? reportTitle(report) : p.report.slice(0, 8))}</span>
        <button type="button" class="link" onClick={() => onChange({ report: null })}>{d.srch.allReports}</button>
      </p>
    )}
    </>
  );
}
