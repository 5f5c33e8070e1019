// The header's search box, an ARIA combobox: typing searches as you type (debounced) on the search
// route, keeping its filters (the first keystroke elsewhere opens the route: one history entry, not
// one per key), and lists suggested reports and sections; arrows and Enter open one, Enter on the
// text runs the full search, Escape closes the list.
import { useEffect, useRef, useState } from 'preact/hooks';
import { summaries } from '../../state/library';
import { navigate, route } from '../../state/route';
import { clearSuggestions, loadSuggestions, searchStatus, startSearchIndex, suggestions, type Suggestion } from '../../state/search';
import { t } from '../i18n';
import { optionId, SUGGEST_LIST_ID, SuggestList } from './SuggestList';
import '../styles/search.css';

const TYPE_DELAY_MS = 150;
const SUGGEST_DELAY_MS = 40;

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
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestTimer = useRef<ReturnType<typeof setTimeout>>();
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
  const listed = suggestions.value;
  const items = open && listed && listed.q === draft ? listed.items : [];
  const close = () => { setOpen(false); setActive(-1); clearTimeout(suggestTimer.current); clearSuggestions(); };
  const onInput = (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setDraft(value);
    setOpen(true);
    setActive(-1);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => { timer.current = undefined; go(value); }, TYPE_DELAY_MS);
    clearTimeout(suggestTimer.current);
    suggestTimer.current = setTimeout(() => void loadSuggestions(value), SUGGEST_DELAY_MS);
  };
  const pick = (s: Suggestion) => {
    close();
    clearTimeout(timer.current);
    timer.current = undefined;
    if (s.kind === 'query') {
      setDraft(s.text);
      go(s.text);
    } else navigate({ name: 'report', id: s.reportId!, section: s.section ?? null, q: null });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && items.length) { e.preventDefault(); close(); return; }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (!items.length) return;
    e.preventDefault();
    const step = e.key === 'ArrowDown' ? 1 : -1;
    // -1 is the text itself: Down from the last option and Up from the first come back to it.
    setActive((a) => { const next = a + step; return next < -1 ? items.length - 1 : next >= items.length ? -1 : next; });
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const chosen = active >= 0 && active < items.length ? items[active] : undefined;
    if (chosen) return pick(chosen);
    close();
    clearTimeout(timer.current);
    timer.current = undefined;
    go(draft);
  };
  return (
    <form class="search-box" role="search" aria-label={d.label} onSubmit={onSubmit}>
      <input ref={input} type="search" name="q" value={draft} onInput={onInput} onKeyDown={onKeyDown} onBlur={() => setTimeout(close, 150)}
        placeholder={d.placeholder} aria-label={d.label} aria-keyshortcuts="/" autocomplete="off" enterkeyhint="search"
        role="combobox" aria-autocomplete="list" aria-expanded={items.length > 0} aria-controls={SUGGEST_LIST_ID}
        aria-activedescendant={active >= 0 && active < items.length ? optionId(active) : undefined} />
      {items.length > 0 && <SuggestList items={items} active={active} byId={new Map(summaries.value.map((r) => [r.id, r]))} onPick={pick} />}
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
