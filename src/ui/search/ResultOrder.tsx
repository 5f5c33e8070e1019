// The grouped results' order: by relevance, or by the year the reports speak for, newest or oldest
// first (a researcher following a word through the years reads them in time order). Kept in the address.
import type { SearchParams } from '../../lib/route';
import { t } from '../i18n';

type Order = SearchParams['order'];

export function ResultOrder({ order, onChange }: { order: Order; onChange: (order: Order) => void }) {
  const d = t().srch;
  const choices: [Order, string][] = [[null, d.orderScore], ['newest', d.orderNewest], ['oldest', d.orderOldest]];
  return (
    <div class="result-order" role="group" aria-label={d.orderBy}>
      <span class="muted">{d.orderBy}</span>
      {choices.map(([key, label]) => (
        <button key={label} type="button" aria-pressed={order === key} onClick={() => onChange(key)}>{label}</button>
      ))}
    </div>
  );
}
