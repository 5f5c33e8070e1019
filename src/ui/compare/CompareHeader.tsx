// The comparison's head: both reports (each with a link and a "change" picker), swap, and the
// view's tools (tabs, changes only, linked scrolling, Markdown export).
import { useState } from 'preact/hooks';
import type { OpenedReport } from '../../store/repo';
import { changesOnly, exportMarkdown, replaceSide, scrollLinked, swapSides, type Side } from '../../state/compare';
import { reportHref } from '../../lib/route';
import { yearsLabel } from '../../lib/format';
import { ReportPicker } from './ReportPicker';
import { t } from '../i18n';
import { openedTitle } from '../../lib/report-title';

export type CompareTab = 'outline' | 'plan';

interface Props {
  sides: [OpenedReport, OpenedReport];
  ids: [string, string];
  tab: CompareTab;
  hasPlan: boolean;
  narrow: boolean;
  onTab: (tab: CompareTab) => void;
}

function SideCard({ side, opened, id, onChange }: { side: Side; opened: OpenedReport; id: string; onChange: () => void }) {
  const d = t();
  const r = opened.report;
  return (
    <div class="cmp-side" data-side={side}>
      <span class="tag">{d.cmp.sides[side]}</span>
      <div class="grow">
        <a href={reportHref(id)}>{openedTitle(opened)}</a>
        <p class="muted">{[d.body[r.body], r.locality, yearsLabel(r.reviewYear, r.planYear)].filter((x) => x && x !== '—').join(' · ')}</p>
      </div>
      <button type="button" aria-label={d.cmp.changeSide(d.cmp.sides[side])} onClick={onChange}>{d.cmp.change}</button>
    </div>
  );
}

export function CompareHeader({ sides, ids, tab, hasPlan, narrow, onTab }: Props) {
  const [picking, setPicking] = useState<Side | null>(null);
  const d = t();
  const c = d.cmp;
  return (
    <div class="cmp-head">
      <a class="back" href="#/">← {d.navLibrary}</a>
      <h1>{c.title}</h1>
      <div class="cmp-sides">
        <SideCard side={0} opened={sides[0]} id={ids[0]} onChange={() => setPicking(0)} />
        <button type="button" class="cmp-swap" onClick={swapSides} aria-label={c.swap} title={c.swap}>⇄<span class="label">{c.swap}</span></button>
        <SideCard side={1} opened={sides[1]} id={ids[1]} onChange={() => setPicking(1)} />
      </div>
      <div class="cmp-tools">
        {hasPlan && (
          <div class="segmented" role="group" aria-label={c.view}>
            <button type="button" aria-pressed={tab === 'outline'} onClick={() => onTab('outline')}>{c.tabOutline}</button>
            <button type="button" aria-pressed={tab === 'plan'} onClick={() => onTab('plan')}>{c.tabPlan}</button>
          </div>
        )}
        {tab === 'outline' && <>
          <label class="check"><input type="checkbox" checked={changesOnly.value} onChange={(e) => { changesOnly.value = e.currentTarget.checked; }} />{c.changesOnly}</label>
          {!narrow && <label class="check"><input type="checkbox" checked={scrollLinked.value} onChange={(e) => { scrollLinked.value = e.currentTarget.checked; }} />{c.linkScroll}</label>}
        </>}
        <button type="button" onClick={exportMarkdown}>{c.exportMd}</button>
      </div>
      <ReportPicker open={picking !== null} title={picking === null ? c.pickTitle : c.changeSide(c.sides[picking])} exclude={ids}
        onClose={() => setPicking(null)} onPick={(id) => { const side = picking; setPicking(null); if (side !== null) replaceSide(side, id); }} />
    </div>
  );
}
