// The "split by" choice (none, body, locality) that the trends question and the figures table both
// offer: one control so the two views name and order the splits alike.
import type { SplitParam } from '../../lib/route';
import { tt } from './strings';

export function SplitSelect({ value, onChange }: { value: SplitParam; onChange: (by: SplitParam) => void }) {
  return (
    <label>
      <span>{tt().splitBy}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as SplitParam)}>
        <option value="none">{tt().splitNone}</option>
        <option value="body">{tt().splitBody}</option>
        <option value="locality">{tt().splitLocality}</option>
      </select>
    </label>
  );
}
