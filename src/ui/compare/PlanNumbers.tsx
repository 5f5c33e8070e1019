// Numbers planned against numbers delivered, shown before the outline pairing: each target the plan
// report set for the year beside the result the other report gives, with met / within / missed.
import type { PlanView } from '../../state/compare';
import { t } from '../i18n';

interface Shown { value: number; valueHigh?: number; unit: string; modifier: string | null }

function valueText(f: Shown, withModifier: boolean): string {
  const fmt = new Intl.NumberFormat('zh-CN');
  const range = f.valueHigh !== undefined ? `${fmt.format(f.value)}–${fmt.format(f.valueHigh)}` : fmt.format(f.value);
  return `${range}${f.unit === '百分点' ? '个百分点' : f.unit}${withModifier ? f.modifier ?? '' : ''}`;
}

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
                    <td class="num" title={n.target.text}>{valueText(n.target, true)}</td>
                    <td class="num" title={n.result?.text ?? ''}>{n.result ? valueText(n.result, false) : '—'}</td>
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
