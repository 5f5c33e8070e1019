// Plan against delivery: each item one report planned for a year, the item of the other report's
// review of that year that answers it best with its score, and the planned items nothing answers.
import { choosePlanItem, chosenPair, type PlanView } from '../../state/compare';
import { ScoreBar } from './ScoreBar';
import { PlanNumbers } from './PlanNumbers';
import { headingLabel } from './heading-label';
import { t } from '../i18n';

export function PlanTable({ plan, titles }: { plan: PlanView; titles: [string, string] }) {
  const d = t().cmp;
  const r = plan.result;
  if (!r.ok) return <p class="card muted" role="status">{d.planFailed(r)}</p>;
  const heads = chosenPair.value?.row === -1 ? chosenPair.value.heads : null;
  const open = heads ? heads[plan.planSide].index : null;
  const planTitle = titles[plan.planSide], deliveryTitle = titles[plan.planSide === 0 ? 1 : 0];
  return (
    <section class="cmp-plan card" aria-labelledby="cmp-plan-h">
      <h2 id="cmp-plan-h">{d.tabPlan}</h2>
      <p class="muted">{d.planIntro(planTitle, headingLabel(r.planPart), deliveryTitle, headingLabel(r.reviewPart), r.year)}</p>
      <PlanNumbers plan={plan} />
      <h3>{d.outlineHeading}</h3>
      {r.items.length === 0 ? <p class="muted">{d.noPlanItems}</p> : <div class="fig-scroll">
        <table class="fig-table">
          <thead><tr>
            <th scope="col">{d.planned}</th><th scope="col">{d.reported}</th><th scope="col">{d.score}</th><th scope="col">{d.status}</th>
          </tr></thead>
          <tbody>
            {r.items.map((item) => (
              <tr key={item.planned.index} data-answered={item.answered}>
                <td>{item.reported
                  ? <button type="button" class="link" aria-current={open === item.planned.index ? 'true' : undefined}
                    onClick={() => choosePlanItem(item)}>{headingLabel(item.planned)}</button>
                  : headingLabel(item.planned)}</td>
                <td>{item.reported ? headingLabel(item.reported) : '—'}</td>
                <td><ScoreBar score={item.score} /></td>
                <td class={item.answered ? 'cmp-ok' : 'cmp-miss'}>{item.answered ? d.answered : d.unanswered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>}
      {/* "Every item answered" only when there were items to answer. */}
      {r.items.length > 0 && <h3>{d.unansweredList(r.unanswered.length)}</h3>}
      {r.items.length > 0 && (r.unanswered.length === 0 ? <p class="muted">{d.allAnswered}</p>
        : <ul class="cmp-unanswered">{r.unanswered.map((h) => <li key={h.index}>{headingLabel(h)}</li>)}</ul>)}
    </section>
  );
}
