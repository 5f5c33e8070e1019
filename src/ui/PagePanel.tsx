// The original page beside the text of a PDF or image report: previous/next, and (when the report
// knows where its pages start) the page follows the paragraph being read as the text scrolls.
import { useEffect } from 'preact/hooks';
import type { ParsedReport } from '../model/report';
import { pageOfPara, pageView, showPage } from '../state/page-image';
import { tOcr } from './i18n-ocr';

/** The paragraph near the top third of the window decides the page, as a reader's eye does. */
function pageInView(report: ParsedReport): number | null {
  const starts = report.pages ?? [];
  if (starts.length < 2) return null;
  let para: number | null = null;
  for (const s of starts) {
    const el = document.getElementById(`p-${s.para}`);
    if (el && el.getBoundingClientRect().top <= window.innerHeight * 0.4) para = s.para;
  }
  return pageOfPara(report, para ?? 0);
}

function useFollowReading(report: ParsedReport, open: boolean): void {
  useEffect(() => {
    if (!open || (report.pages?.length ?? 0) < 2) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const page = pageInView(report);
        if (page !== null && page !== pageView.value?.page) void showPage(page);
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    onScroll();
    return () => { window.removeEventListener('scroll', onScroll); cancelAnimationFrame(frame); };
  }, [report, open]);
}

export function PagePanel({ report }: { report: ParsedReport }) {
  const d = tOcr();
  const view = pageView.value;
  const open = !!view?.open;
  useFollowReading(report, open);
  if (!view || !open) return null;
  const last = view.pages ?? view.page;
  return (
    // Focusable: the panel scrolls on its own (a tall page on a phone), and keyboards must reach that too.
    <aside class="page-panel" id="page-panel" aria-label={d.pageImage} data-page={view.page} tabIndex={0}>
      <div class="page-bar">
        <button type="button" aria-label={d.prevPage} title={d.prevPage} disabled={view.page <= 1}
          onClick={() => void showPage(view.page - 1)}>‹</button>
        <span aria-live="polite">{d.pageOf(view.page, last)}</span>
        <button type="button" aria-label={d.nextPage} title={d.nextPage} disabled={view.page >= last}
          onClick={() => void showPage(view.page + 1)}>›</button>
      </div>
      {view.status === 'failed' && <p class="muted" role="alert">{d.renderFailed}</p>}
      {view.status === 'loading' && !view.url && <p class="muted" aria-busy="true">{d.rendering}</p>}
      {view.url && view.status !== 'failed' && (
        <img src={view.url} alt={d.pageAlt(view.page)} data-status={view.status} />
      )}
    </aside>
  );
}
