// Route #/compare/<a>/<b>: two reports' outlines aligned row by row (two synced columns, or cards
// on a phone), the list of changes, the chosen pair's full text, and plan against delivery when one
// report plans the year the other reviews.
import { useEffect, useState } from 'preact/hooks';
import { changesOnly, chosenPair, choosePair, compareState, openCompare } from '../../state/compare';
import { CompareHeader, type CompareTab } from './CompareHeader';
import { AlignedColumns } from './AlignedColumns';
import { PairCards } from './PairCards';
import { ChangesList } from './ChangesList';
import { PairDetail } from './PairDetail';
import { PlanTable } from './PlanTable';
import { revealRow } from './reveal';
import { useNarrow } from './use-narrow';
import { t } from '../i18n';
import '../styles/compare.css';
import { openedTitle } from '../../lib/report-title';

export function CompareView({ a, b }: { a: string; b: string }) {
  useEffect(() => { void openCompare(a, b); }, [a, b]);
  const [tab, setTab] = useState<CompareTab>('outline');
  const narrow = useNarrow();
  const pair = chosenPair.value;
  useEffect(() => {
    const heading = pair ? document.getElementById('cmp-detail-h') : null;
    // Keyboard and screen-reader users land where the text opened, not on the row they left.
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [pair]);
  const state = compareState.value;
  const d = t();
  if (!state || state.a !== a || state.b !== b || state.status === 'loading') return <p class="muted" aria-busy="true">{d.loading}</p>;
  if (state.status === 'missing') {
    return <div class="card"><p>{d.cmp.missing}</p><a class="button" href="#/">{d.backToLibrary}</a></div>;
  }
  const { rows, changes } = state.alignment;
  const titles: [string, string] = [0, 1].map((s) => openedTitle(state.sides[s]!)) as [string, string];
  const shown = rows.flatMap((r, i) => (changesOnly.value && r.kind === 'same' ? [] : [i]));
  const chosen = pair?.row ?? null;
  const closeDetail = () => { choosePair(null); if (chosen !== null && chosen >= 0) requestAnimationFrame(() => revealRow(chosen)); };
  const activeTab = state.plan ? tab : 'outline';
  const showTab = (next: CompareTab) => { choosePair(null); setTab(next); };
  return (
    <div class="compare-view" data-rows={rows.length}>
      <CompareHeader sides={state.sides} ids={[a, b]} tab={activeTab} hasPlan={state.plan !== null} narrow={narrow} onTab={showTab} />
      {activeTab === 'plan' && state.plan ? <PlanTable plan={state.plan} titles={titles} /> : <>
        <div class="cmp-body">
          <ChangesList changes={changes} open={!narrow} />
          {narrow
            ? <PairCards rows={rows} shown={shown} chosen={chosen} onChoose={choosePair} />
            : <AlignedColumns rows={rows} shown={shown} titles={titles} chosen={chosen} onChoose={choosePair} />}
        </div>
        {!pair && <p class="muted cmp-hint">{d.cmp.chooseHint}</p>}
      </>}
      {pair && <PairDetail pair={pair} onClose={closeDetail} />}
    </div>
  );
}
