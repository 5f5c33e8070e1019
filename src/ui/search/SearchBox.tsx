// The header's search box: typing searches as you type (debounced) on the search route, keeping
// its filters; the first keystroke elsewhere opens the route (one history entry, not one per key).
import { useEffect, useRef, useState } from 'preact/hooks';
import { navigate, route } from '../../state/route';
import { searchStatus, startSearchIndex } from '../../state/search';
import { t } from '../i18n';
import '../styles/search.css';

const TYPE_DELAY_MS = 150;

function go(q: string): void {
  const r = route.value;
  if (r.name !== 'search' && !q.trim()) return;
  navigate({ name: 'search', q, params: r.name === 'search' ? r.params : undefined }, r.name === 'search');
}

export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const r = route.value;
  // A report opened from a search keeps its query in the box, ready to be changed.
  const routeQ = r.name === 'search' ? r.q : r.name === 'report' ? r.q ?? '' : '';
  const [draft, setDraft] = useState(routeQ);
  useEffect(() => {
    startSearchIndex();
    // '/' focuses the box from anywhere but a field, as on many sites.
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || el?.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  // The address wins (back/forward, a link with ?q=) unless a keystroke is still on its way to it.
  useEffect(() => { if (timer.current === undefined) setDraft(routeQ); }, [routeQ]);
  const d = t().srch;
  const status = searchStatus.value;
  const progress = status?.phase === 'indexing' ? status.progress : null;
  const onInput = (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => { timer.current = undefined; go(value); }, TYPE_DELAY_MS);
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    clearTimeout(timer.current);
    timer.current = undefined;
    go(draft);
  };
  return (
    <form class="search-box" role="search" aria-label={d.label} onSubmit={onSubmit}>
      <input ref={input} type="search" name="q" value={draft} onInput={onInput} placeholder={d.placeholder}
        aria-label={d.label} aria-keyshortcuts="/" autocomplete="off" enterkeyhint="search" />
      <button type="submit" aria-label={d.button}>{d.button}</button>
      {progress && progress.total > 0 && (
        // Indexing (after an import, or a rebuild for a new index version) shows wherever the user is.
        <span class="search-progress" role="progressbar" aria-label={d.indexing(progress.done, progress.total)}
          aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} title={d.indexing(progress.done, progress.total)}>
          <span style={{ width: `${(100 * progress.done) / progress.total}%` }} />
        </span>
      )}
    </form>
  );
}
