// The trends question: terms, split and measure; submitting puts them in the address (#/trends?…).
import { useEffect, useState } from 'preact/hooks';
import { navigate } from '../../state/route';
import type { TrendsParams } from '../../lib/route';
import { SplitSelect } from './SplitSelect';
import { tt } from './strings';

export function TermForm({ params }: { params: TrendsParams }) {
  const [text, setText] = useState(params.terms.join(', '));
  useEffect(() => setText(params.terms.join(', ')), [params.terms.join(',')]);
  const go = (patch: Partial<TrendsParams>) => navigate({ name: 'trends', params: { ...params, ...patch } });
  const onSubmit = (e: Event) => {
    e.preventDefault();
    go({ terms: text.split(/[,，、;；\n]/).map((t) => t.trim()).filter(Boolean) });
  };
  return (
    <form class="term-form" onSubmit={onSubmit}>
      <label class="grow">
        <span>{tt().terms}</span>
        <input type="search" name="terms" value={text} placeholder={tt().termsPlaceholder} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <SplitSelect value={params.by} onChange={(by) => go({ by })} />
      <label>
        <span>{tt().measure}</span>
        <select value={params.measure} onChange={(e) => go({ measure: e.currentTarget.value as TrendsParams['measure'] })}>
          <option value="per10k">{tt().perTenK}</option>
          <option value="count">{tt().count}</option>
        </select>
      </label>
      <button type="submit" class="primary">{tt().show}</button>
    </form>
  );
}
