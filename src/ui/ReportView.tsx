// Route #/report/<id>: the head (title, tools), the outline tree, the text, then metadata,
// figures and parser notes. ?section=n lands on a section; ?q= marks a query's hits (?at= the one to land on).
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { convertedText, converting, openReport, openReportState, setViewScript, type ViewScript } from '../state/report';
import { navigate } from '../state/route';
import { OutlineNav } from './OutlineNav';
import { ReportText } from './ReportText';
import { MetaPanel } from './MetaPanel';
import { FiguresTable } from './FiguresTable';
import { ReportTargets } from './ReportTargets';
import { ReportHead } from './ReportHead';
import { SourceFields } from './SourceFields';
import { reportHref, type Within } from '../lib/route';
import { marksFor } from '../state/search';
import { HitBar } from './search/HitBar';
import { t } from './i18n';
import { warningText } from './warning-text';
import { lang } from '../state/settings';
import type { StoredWarning } from '../model/warnings';
import { followReport, hasPageImages, pageView, togglePageView } from '../state/page-image';
import { PagePanel } from './PagePanel';
import { tOcr } from './i18n-ocr';
import { openedTitle } from '../lib/report-title';
import { landOn, placeNow, restorePlace, useLastPlace, type Place } from './reading-place';

function scrollToPara(para: number, flash: boolean): void {
  const el = document.getElementById(`p-${para}`);
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  landOn(el);
  if (flash) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation on a second click
    el.classList.add('flash');
  }
}

interface Props {
  id: string;
  section: number | null;
  q?: string | null;
  at?: { para: number; start: number } | null;
  /** The search's scope: hits only in sections holding every word (?within=section). */
  within?: Within;
}

export function ReportView({ id, section, q = null, at = null, within = null }: Props) {
  useEffect(() => { void openReport(id); }, [id]);
  const state = openReportState.value;
  const ready = state?.id === id && state.status === 'ready' && state.opened ? state.opened : null;
  useEffect(() => {
    if (!ready || section === null || at) return;
    const h = ready.report.outline[section];
    if (h) scrollToPara(h.para, false);
  }, [ready, section]);
  useEffect(() => { followReport(id, ready?.report ?? null); }, [id, ready]);
  // A script switch re-renders every paragraph (and a status line comes and goes above them): the
  // paragraph being read is put back where it was once the text has changed, in every browser
  // (not all keep it in place by themselves). The switch sits above the text, so a reader who
  // scrolled up to it is taken back to where they last rested in the text.
  const last = useLastPlace(id);
  const keep = useRef<Place | null>(null);
  const conv = convertedText.value;
  const busy = converting.value;
  useLayoutEffect(() => {
    if (keep.current) restorePlace(keep.current);
    if (!busy) keep.current = null;
  }, [conv, busy]);
  const switchScript = (s: ViewScript) => {
    keep.current = placeNow() ?? last.current;
    void setViewScript(s);
  };
  const d = t();
  const shownTitle = ready ? openedTitle(ready) : null;
  useEffect(() => {
    // The tab, history entries and bookmarks name the report being read.
    if (shownTitle) document.title = `${shownTitle} · ${d.appName}`;
  }, [shownTitle, d]);
  if (!state || state.id !== id || state.status === 'loading') return <p class="muted" aria-busy="true">{d.loading}</p>;
  if (!ready) return <div class="card"><p>{d.reportNotFound}</p><a class="button" href="#/">{d.backToLibrary}</a></div>;
  const r = ready.report;
  const jump = (heading: number) => {
    const h = r.outline[heading];
    if (h) scrollToPara(h.para, false);
    navigate({ name: 'report', id, section: heading, q }, true);
  };
  return (
    <div class="report-view" data-report={id}>
      <ReportHead id={id} opened={ready} onScript={switchScript} />
      {q && <HitBar reportId={id} q={q} at={at} within={within} />}
      <OutlineNav outline={r.outline} titles={conv?.titles ?? null} hrefFor={(i) => reportHref(id, i)} onJump={jump} />
      <div>
        <SourceFields fields={r.sourceFields} />
        {hasPageImages(r) && (
          <button type="button" class="page-toggle" aria-controls="page-panel" aria-pressed={pageView.value?.open === true}
            onClick={togglePageView}>{pageView.value?.open ? tOcr().hidePage : tOcr().showPage}</button>
        )}
        <div class={pageView.value?.open ? 'with-page' : undefined}>
          <ReportText paragraphs={r.paragraphs} outline={r.outline} texts={conv?.paragraphs ?? null} titles={conv?.titles ?? null} marks={marksFor(id, q)} />
          {hasPageImages(r) && <PagePanel report={r} />}
        </div>
        <div class="panels">
          <MetaPanel opened={ready} />
          <section class="card report-targets" aria-labelledby="tg-h">
            <h2 id="tg-h">{d.targets}</h2>
            <ReportTargets figures={r.figures} absences={r.absences ?? []} onJump={(p) => scrollToPara(p, true)} />
          </section>
          <section class="card" aria-labelledby="fig-h">
            <h2 id="fig-h">{d.figures} <span class="muted">({r.figures.length})</span></h2>
            <FiguresTable figures={r.figures} outline={r.outline} onJump={(p) => scrollToPara(p, true)} />
          </section>
          <section class="card" aria-labelledby="warn-h">
            <h2 id="warn-h">{d.warnings}</h2>
            {r.warnings.length === 0 ? <p class="muted" style="margin:0">{d.noWarnings}</p>
              : <ul class="warnings">{(r.warnings as StoredWarning[]).map((w, i) => (
                <li key={i} data-code={typeof w === 'string' ? undefined : w.code}>{warningText(w, lang.value)}</li>
              ))}</ul>}
          </section>
        </div>
      </div>
    </div>
  );
}
