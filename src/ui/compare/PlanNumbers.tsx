// Numbers planned against numbers delivered, shown before the outline pairing: each target the plan
// report set for the year beside the result the other report gives, with met / within / missed.
import type { PlanView } from '../../state/compare';
import { t } from '../i18n';
import { figureValue } from '../figure-value';

export function PlanNumbers({ plan }: { plan: PlanView }) {
  const d = t().cmp;
  const r = plan.result;
  if (!r.ok) return null;
  return (
    <>
      <h3>{d.numbersHeading(r.year)}</h3>
      {r.numbers.length === 0 ? <p class="muted">{d.noNumbers}</p> : (
        <div class="fig-scroll">
          <table class="fig-table cmp-numbers">
            <thead><tr><th scope="col">{d.numIndicator}</th><th scope="col">{d.numTarget}</th><th scope="col">{d.numResult}</th><th scope="col">{d.status}</th></tr></thead>
            <tbody>
              {r.numbers.map((n, i) => {
                const status = plan.numberStatus[i] ?? 'no-result';
                return (
                  <tr key={`${n.indicatorKey}:${n.unit}`} data-status={status}>
                    <td title={n.target.text}>{n.indicator}</td>
                    <td class="num" title={n.target.text}>{figureValue(n.target)}</td>
                    <td class="num" title={n.result?.text ?? ''}>{n.result ? figureValue(n.result) : '—'}</td>
                    <td class={status === 'missed' ? 'cmp-miss' : status === 'no-result' ? 'muted' : 'cmp-ok'}>{d.numStatus[status]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
