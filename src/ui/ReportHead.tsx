// The top of a report: back link, title (in the chosen script) with a one-line summary, and the
// tools: simplified/traditional switch, original download, compare with another report.
import { useState } from 'preact/hooks';
import { converting, convertedText, downloadOriginal, viewScript, type ViewScript } from '../state/report';
import { navigate } from '../state/route';
import type { OpenedReport } from '../state/types';
import { yearsLabel } from '../lib/format';
import { ReportPicker } from './compare/ReportPicker';
import { t } from './i18n';
import { openedTitle } from '../lib/report-title';

interface Props {
  id: string;
  opened: OpenedReport;
  /** Switches the text's script (the view keeps the reader's place). */
  onScript: (script: ViewScript) => void;
}

export function ReportHead({ id, opened, onScript }: Props) {
  const [picking, setPicking] = useState(false);
  const d = t();
  const r = opened.report;
  const own: ViewScript = r.script === 'traditional' ? 'traditional' : 'simplified';
  const active = viewScript.value === 'original' ? own : viewScript.value;
  const scripts: [ViewScript, string][] = [['simplified', d.toSimplified], ['traditional', d.toTraditional]];
  // The head follows the script switch too: title (with the place a generic title is given), place and speaker.
  const conv = convertedText.value;
  const shown = conv ? { ...r, title: conv.title, locality: conv.locality, speaker: conv.speaker } : r;
  const summary = [d.body[r.body], shown.locality, yearsLabel(r.reviewYear, r.planYear), shown.speaker].filter((x) => x && x !== '—');
  return (
    <div class="report-head">
      <a class="back" href="#/">← {d.navLibrary}</a>
      <div class="title-block">
        <h1>{openedTitle({ report: shown, stored: opened.stored })}</h1>
        <p class="muted">{summary.join(' · ')}</p>
      </div>
      <div class="tools">
        <div class="segmented" role="group" aria-label={d.scriptSwitch}>
          {scripts.map(([s, label]) => (
            <button key={s} type="button" aria-pressed={active === s} disabled={converting.value}
              onClick={() => onScript(s === own ? 'original' : s)}>{label}</button>
          ))}
        </div>
        <button type="button" onClick={() => void downloadOriginal()}>{d.downloadOriginal}</button>
        <button type="button" onClick={() => setPicking(true)}>{d.cmp.compareWith}</button>
      </div>
      <ReportPicker open={picking} title={d.cmp.pickTitle} exclude={[id]} onClose={() => setPicking(false)}
        onPick={(other) => { setPicking(false); navigate({ name: 'compare', a: id, b: other }); }} />
      {converting.value && <p class="muted" role="status" style="margin:0;flex-basis:100%">{d.converting}</p>}
    </div>
  );
}
