// The report's own targets and results as a table of their own: indicator, role (target of the plan
// year, result of the reviewed year, period goal), year, value with its range and modifier; a
// "no target set" line where the report says so. Clicking one jumps to its paragraph.
import type { Figure, TargetAbsence } from '../model/report';
import { t } from './i18n';
import { figureValue } from './figure-value';

const ROLES = ['target', 'result', 'period-target'] as const;


export function ReportTargets({ figures, absences, onJump }: { figures: Figure[]; absences: TargetAbsence[]; onJump: (para: number) => void }) {
  const d = t();
  const rows = figures.filter((f) => f.indicatorKey && ROLES.includes(f.role as (typeof ROLES)[number]))
    .sort((a, b) => ROLES.indexOf(a.role as (typeof ROLES)[number]) - ROLES.indexOf(b.role as (typeof ROLES)[number]));
  if (rows.length === 0 && absences.length === 0) return <p class="muted" style="margin:0">{d.noTargets}</p>;
  return (
    <div class="fig-scroll">
      <table class="fig-table report-targets-table">
        <thead>
          <tr><th scope="col">{d.tgIndicator}</th><th scope="col">{d.tgRole}</th><th scope="col">{d.tgYear}</th><th scope="col">{d.figValue}</th></tr>
        </thead>
        <tbody>
          {absences.map((a, i) => (
            <tr key={`a${i}`} class="absent">
              <td><button type="button" class="link" onClick={() => onJump(a.para)} title={a.text}>{a.indicator}</button></td>
              <td>{d.tgRoles.target}</td><td>{a.year ?? ''}</td><td class="muted">{d.tgNoTarget}</td>
            </tr>
          ))}
          {rows.map((f, i) => (
            <tr key={i} data-role={f.role}>
              <td><button type="button" class="link" onClick={() => onJump(f.para)} title={f.text}>{f.indicator}</button></td>
              <td>{d.tgRoles[f.role as (typeof ROLES)[number]]}</td>
              <td>{f.year ?? ''}</td>
              <td class="num">{figureValue(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
