// Route #/ : the empty state, or the toolbar and the list. data-ready marks the list as rendered
// (the cold-start benchmark waits for it).
import { useEffect } from 'preact/hooks';
import { libraryReady, summaries } from '../state/library';
import { EmptyState } from './EmptyState';
import { LibraryToolbar } from './LibraryToolbar';
import { ReportList } from './ReportList';
import { LibraryFooter } from './LibraryFooter';
import { t } from './i18n';

export function LibraryView() {
  const d = t();
  useEffect(() => { document.title = `${d.appName} · ${d.tagline}`; }, [d]);
  if (!libraryReady.value) return <p class="muted" aria-busy="true">{t().loading}</p>;
  const pickFiles = () => document.getElementById('file-input')?.click();
  const count = summaries.value.length;
  return (
    <section class="library" data-ready="true" data-reports={count} aria-label={t().navLibrary}>
      {count === 0 ? <EmptyState onPick={pickFiles} /> : <>
        <h1 class="visually-hidden">{t().navLibrary}</h1>
        <LibraryToolbar />
        <ReportList />
      </>}
      <LibraryFooter />
    </section>
  );
}
