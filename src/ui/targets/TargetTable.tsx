// The targets table: one row per place, indicator, unit and year (one per pairing when a place has
// several reports for a year); target and result each link to their sentence in their report. On a
// phone each row is a small card (targets.css).
import { useState } from 'preact/hooks';
import type { TargetRow } from '../../state/targets';
import { figureHref } from '../figures/FigureTable';
import { reportHref } from '../../lib/route';
import { ts } from './strings';
import { figureValue } from '../figure-value';
import { summaries } from '../../state/library';
import { sameNamed } from '../../lib/report-title';

const PAGE = 200;

interface Source { reportId: string; title: string }

/**
 * The name each source report is shown by: its title, and its file name where another report in the
 * table has the same name (one report imported as .txt and .pdf, or a revised one), as search results do.
 */
function sourceNames(rows: readonly TargetRow[]): (s: Source) => string {
  const byId = new Map(summaries.value.map((s) => [s.id, s]));
  const ids = new Set(rows.flatMap((r) => [r.target ?? r.absent, r.result].flatMap((s) => (s ? [s.reportId] : []))));
  const twins = sameNamed([...ids].flatMap((id) => byId.get(id) ?? []));
  return (s) => (twins.has(s.reportId) ? `${s.title}（${byId.get(s.reportId)!.fileName}）` : s.title);
}

function SourceCell({ source, name }: { source: Source | null | undefined; name: (s: Source) => string }) {
  return <td class="clip t-source">{source ? <a href={reportHref(source.reportId)}>{name(source)}</a> : ''}</td>;
}

function TargetCell({ row }: { row: TargetRow }) {
  if (row.target) return <a href={figureHref(row.target)} title={`${row.target.title}：${row.target.text}`}>{figureValue(row.target)}</a>;
  if (row.absent) return <a class="absent" href={reportHref(row.absent.reportId)} title={row.absent.text}>{ts().status_['no-target']}</a>;
  return <span class="muted">—</span>;
}

export function TargetTable({ rows, total }: { rows: TargetRow[]; total: number }) {
  const [shown, setShown] = useState(PAGE);
  if (rows.length === 0) return <p class="card muted">{ts().none}</p>;
  const t = ts();
  const name = sourceNames(rows);
  return (
    <section class="card">
      <p class="muted">{t.shown(Math.min(shown, rows.length), total)}</p>
      <div class="table-scroll">
        <table class="data-table target-table">
          <thead>
            <tr><th>{t.place}</th><th>{t.indicator}</th><th>{t.year}</th><th class="num">{t.target}</th><th class="num">{t.result}</th><th>{t.status}</th><th>{t.targetReport}</th><th>{t.resultReport}</th></tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => (
              <tr key={`${r.place}:${r.indicatorKey}:${r.unit}:${r.year}:${r.target?.reportId}:${r.result?.reportId}`} data-status={r.status}>
                <td class="nowrap t-place">{r.place ?? t.unknownPlace}</td>
                <td class="t-indicator">{r.indicator}</td>
                <td class="nowrap t-year">{r.year}</td>
                <td class="num t-target" data-label={t.target}><TargetCell row={r} /></td>
                <td class="num t-result" data-label={t.result}>{r.result ? <a href={figureHref(r.result)} title={`${r.result.title}：${r.result.text}`}>{figureValue(r.result)}</a> : <span class="muted">—</span>}</td>
                <td class="t-status"><span class={`status-tag status-${r.status}`}>{t.status_[r.status]}</span></td>
                <SourceCell source={r.target ?? r.absent} name={name} />
                <SourceCell source={r.result} name={name} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown < rows.length && <button type="button" onClick={() => setShown(shown + PAGE)}>{t.showMore}</button>}
    </section>
  );
}
