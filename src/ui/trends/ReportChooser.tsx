// Picks the report that top terms and similar reports are for; the choice lives in the address.
import { navigate } from '../../state/route';
import type { TrendsParams } from '../../lib/route';
import type { ReportInfo } from '../../state/trends';
import { tt } from './strings';

export function ReportChooser({ params, reports }: { params: TrendsParams; reports: ReportInfo[] }) {
  return (
    <label class="report-chooser">
      <span>{tt().chooseReport}</span>
      <select value={params.report ?? ''} onChange={(e) => navigate({ name: 'trends', params: { ...params, report: e.currentTarget.value || null } })}>
        <option value="">{tt().noReport}</option>
        {reports.map((r) => <option key={r.id} value={r.id}>{r.year ?? '—'} {r.title}</option>)}
      </select>
    </label>
  );
}
