// Category chips (with counts, uncategorised included), unit, text filter, sort and split; every
// choice goes into the address (#/figures?…) so a filtered table can be bookmarked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { navigate } from '../../state/route';
import type { FiguresParams } from '../../lib/route';
import { tt } from '../trends/strings';
import { categoryName } from './category-name';
import { SplitSelect } from '../trends/SplitSelect';
import { FIGURE_SORTS } from '../../state/figures';

/** `unit`: the chosen unit as the list writes it. */
interface Props { params: FiguresParams; counts: Array<[string, number]>; units: string[]; unit: string | null }

/** How long typing must pause before the table follows it. */
const TYPING_PAUSE_MS = 250;

export function FigureFilters({ params, counts, units, unit }: Props) {
  const [q, setQ] = useState(params.q);
  useEffect(() => setQ(params.q), [params.q]);
  const go = (patch: Partial<FiguresParams>) => navigate({ name: 'figures', params: { ...params, ...patch } }, true);
  // The table follows the text as it is typed, once typing pauses (not per key, and not on the
  // Latin letters an input method shows while a Chinese word is being composed).
  const typing = useRef(0);
  useEffect(() => () => clearTimeout(typing.current), []);
  const typed = (value: string, composing: boolean) => {
    setQ(value);
    clearTimeout(typing.current);
    if (!composing) typing.current = window.setTimeout(() => go({ q: value }), TYPING_PAUSE_MS);
  };
  return (
    <div class="figure-filters">
      <div class="chips" role="group" aria-label={tt().category}>
        <button type="button" aria-pressed={!params.category} onClick={() => go({ category: null, unit: null })}>{tt().allCategories}</button>
        {counts.map(([c, n]) => (
          <button type="button" key={c} aria-pressed={params.category === c} onClick={() => go({ category: c, unit: null })}>
            {categoryName(c)} <span class="count">{n}</span>
          </button>
        ))}
      </div>
      <form class="row" onSubmit={(e) => { e.preventDefault(); go({ q }); }}>
        <label>
          <span>{tt().unit}</span>
          <select value={unit ?? ''} onChange={(e) => go({ unit: e.currentTarget.value || null })}>
            <option value="">{tt().allUnits}</option>
            {units.map((u) => <option key={u} value={u}>{u}</option>)}
          </select>
        </label>
        <label class="grow">
          <span>{tt().filterText}</span>
          <input type="search" value={q} placeholder={tt().filterPlaceholder}
            onInput={(e) => typed(e.currentTarget.value, (e as unknown as InputEvent).isComposing)}
            onCompositionEnd={(e) => typed(e.currentTarget.value, false)}
            onBlur={() => { clearTimeout(typing.current); if (q !== params.q) go({ q }); }} />
        </label>
        <label>
          <span>{tt().sort}</span>
          <select value={params.sort ?? 'year'} onChange={(e) => go({ sort: e.currentTarget.value })}>
            {FIGURE_SORTS.map((s) => <option key={s} value={s}>{sortLabel(s)}</option>)}
          </select>
        </label>
        <SplitSelect value={params.by} onChange={(by) => go({ by })} />
      </form>
    </div>
  );
}

function sortLabel(s: string): string {
  const t = tt();
  const labels: Record<string, string> = { year: t.year, report: t.report, locality: t.locality, body: t.body, category: t.category, value: t.value, text: t.phrase };
  return labels[s] ?? s;
}
