// Place, body and indicator choices for the targets table; every choice goes into the address.
import { navigate } from '../../state/route';
import type { TargetsParams } from '../../lib/route';
import { indicatorChoices, type TargetRow } from '../../state/targets';
import { groupName } from '../trends/strings';
import { ts } from './strings';

export function TargetFilters({ params, rows }: { params: TargetsParams; rows: readonly TargetRow[] }) {
  const go = (patch: Partial<TargetsParams>) => navigate({ name: 'targets', params: { ...params, ...patch } }, true);
  const places = [...new Set(rows.map((r) => r.place ?? ''))].sort((a, b) => a.localeCompare(b, 'zh'));
  const bodies = [...new Set(rows.map((r) => r.body))];
  const indicators = indicatorChoices(rows, params);
  return (
    <form class="row figure-filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{ts().place}</span>
        <select value={params.place ?? ''} onChange={(e) => go({ place: e.currentTarget.value || null })}>
          <option value="">{ts().all}</option>
          {places.map((p) => <option key={p} value={p}>{p || ts().unknownPlace}</option>)}
        </select>
      </label>
      <label>
        <span>{ts().body}</span>
        <select value={params.body ?? ''} onChange={(e) => go({ body: e.currentTarget.value || null })}>
          <option value="">{ts().all}</option>
          {bodies.map((b) => <option key={b} value={b}>{groupName(b)}</option>)}
        </select>
      </label>
      <label>
        <span>{ts().indicator}</span>
        <select value={params.indicator ?? ''} onChange={(e) => go({ indicator: e.currentTarget.value || null })}>
          <option value="">{ts().all}</option>
          {indicators.map(([key, name]) => <option key={key} value={key}>{name}</option>)}
        </select>
      </label>
    </form>
  );
}
