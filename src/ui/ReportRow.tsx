// One report in the library list: select box, title (link to the report), body, locality,
// years, script and size. On a phone the cells wrap under the title.
import { memo } from 'preact/compat';
import { reportHref } from '../lib/route';
import { formatBytes, yearsLabel } from '../lib/format';
import type { ReportSummary } from '../state/types';
import { t } from './i18n';
import { reportTitle } from '../lib/report-title';

interface Props { summary: ReportSummary; selected: boolean; onToggle: (id: string) => void }

function ReportRowImpl({ summary: s, selected, onToggle }: Props) {
  const d = t();
  // A generic title (政府工作报告) carries its place and year, so reports in the list are told apart.
  const title = reportTitle(s);
  return (
    <li class={`report-row${selected ? ' selected' : ''}`}>
      <span class="check">
        <input type="checkbox" checked={selected} aria-label={d.selectRow(title)} onChange={() => onToggle(s.id)} />
      </span>
      <span class="title">
        <a href={reportHref(s.id)}>{title}</a>
        {title !== s.fileName && <span class="file">{s.fileName}</span>}
      </span>
      <span class="meta-cells">
        <span><span class={`pill ${s.body}`}>{d.body[s.body]}</span></span>
        <span>{s.locality ?? '—'}</span>
        <span class="num">{yearsLabel(s.reviewYear, s.planYear)}</span>
        <span title={d.fields.script}>{d.script[s.script] ?? s.script}</span>
        <span class="num">{formatBytes(s.size)}</span>
      </span>
    </li>
  );
}

export const ReportRow = memo(ReportRowImpl);
