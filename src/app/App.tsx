// The shell: header, banners, the routed view, and the page-wide pieces (drop overlay, import
// panel, dialogs, toasts). Starts the router, loads the library and registers the service worker.
import { useEffect } from 'preact/hooks';
import { navigate, route, startRouter } from '../state/route';
import { loadLibrary, onLibraryLoaded } from '../state/library';
import { reparseOutdated } from '../state/reparse';
import { consumeLaunchQueue, takeSharedFiles } from '../state/import-sources';
import { dismissFinishedImport } from '../state/import';
import { followOtherTabs } from '../state/tabs';
import { recoverInterruptedImports } from '../state/recovery';
import { Header } from '../ui/Header';
import { Banners } from '../ui/Banners';
import { LibraryView } from '../ui/LibraryView';
import { ReportView } from '../ui/ReportView';
import { CompareView } from '../ui/compare/CompareView';
import { SearchView } from '../ui/search/SearchView';
import { LazyView } from '../ui/trends/LazyView';
import { DropOverlay } from '../ui/DropOverlay';
import { ImportPanel } from '../ui/ImportPanel';
import { BackupDialog } from '../ui/BackupDialog';
import { OcrDialog } from '../ui/OcrDialog';
import { OcrSettingsDialog } from '../ui/OcrSettingsDialog';
import { refreshOcr } from '../state/ocr';
import { Toasts } from '../ui/Toasts';
import { t } from '../ui/i18n';
import { registerServiceWorker } from './sw-register';

// The figures and trends views (and their charts) load on first visit only.
const loadFigures = () => import('../ui/figures/FiguresView').then((m) => m.FiguresView);
const loadTrends = () => import('../ui/trends/TrendsView').then((m) => m.TrendsView);
const loadTargets = () => import('../ui/targets/TargetsView').then((m) => m.TargetsView);

export function App() {
  useEffect(() => {
    const stop = startRouter();
    // Re-parse with a newer parser once the page has settled, never competing with first paint.
    onLibraryLoaded(() => { setTimeout(() => void reparseOutdated(), 3000); });
    // An import a closed or crashed tab left unfinished is settled once the list is read.
    void loadLibrary().then(recoverInterruptedImports);
    const stopTabs = followOtherTabs();
    consumeLaunchQueue();
    registerServiceWorker();
    void refreshOcr();
    return () => { stop(); stopTabs(); };
  }, []);
  const r = route.value;
  useEffect(() => {
    if (r.name === 'library' && r.shared) {
      // Drop ?shared=1 from the address once picked up, so a reload does not look for them again.
      void takeSharedFiles(t().sharedReceived).finally(() => navigate({ name: 'library', shared: false }, true));
    }
    if (r.name === 'report') dismissFinishedImport();
  }, [r]);
  return (
    <div class="shell">
      <Header />
      <Banners />
      <main id="main">
        {r.name === 'library' && <LibraryView />}
        {r.name === 'report' && <ReportView id={r.id} section={r.section} q={r.q} at={r.at} within={r.within ?? null} />}
        {r.name === 'compare' && <CompareView a={r.a} b={r.b} />}
        {r.name === 'search' && <SearchView q={r.q} params={r.params} />}
        {r.name === 'figures' && <LazyView load={loadFigures} props={{ params: r.params }} loading={t().loadingView} />}
        {r.name === 'trends' && <LazyView load={loadTrends} props={{ params: r.params }} loading={t().loadingView} />}
        {r.name === 'targets' && <LazyView load={loadTargets} props={{ params: r.params }} loading={t().loadingView} />}
        {r.name === 'not-found' && (
          <div class="card"><p>{t().notFoundPage}</p><a class="button" href="#/">{t().backToLibrary}</a></div>
        )}
      </main>
      <DropOverlay />
      <ImportPanel />
      <BackupDialog />
      <OcrDialog />
      <OcrSettingsDialog />
      <Toasts />
    </div>
  );
}
