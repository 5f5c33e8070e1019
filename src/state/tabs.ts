// One library in every tab. IndexedDB is the single source of truth; a tab that changes the library
// (import, delete, undo, correction, restore, re-parse, recovery) says so on a BroadcastChannel, and
// every other tab reads again what it shows: the list, the open report or comparison. The search and
// trends workers follow the list (state/search.ts, state/trends.ts) and reload changed reports from
// IndexedDB. A tab coming back into view re-reads too, in case it missed a word (a crashed sender).
import { libraryReady, refreshLibrary } from './library';
import { openReport, openReportState } from './report';

export type ChangeKind = 'import' | 'delete' | 'undo' | 'correct' | 'restore' | 'reparse' | 'recover';

export interface LibraryChanged {
  type: 'library-changed';
  kind: ChangeKind;
  /** The reports concerned; null: any report may have changed. */
  ids: string[] | null;
}

const CHANNEL = 'zhengbao-library';
/** Announcements arrive in bursts during another tab's import: read once per burst. */
const SETTLE_MS = 250;

let channel: BroadcastChannel | null = null;
/** Views that hold reports besides the list and the open report (the comparison) re-read through these. */
const followers = new Set<(touched: (id: string) => boolean) => void>();
let pending: Set<string> | null | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Tells the other tabs the library changed (after the change has committed). */
export function announce(kind: ChangeKind, ids: string[] | null): void {
  if (ids && ids.length === 0) return;
  try {
    channel?.postMessage({ type: 'library-changed', kind, ids } satisfies LibraryChanged);
  } catch { /* a closed channel: the other tabs re-read when they come into view */ }
}

function receive(msg: LibraryChanged): void {
  if (msg?.type !== 'library-changed') return;
  // undefined: nothing pending yet; null: everything.
  if (msg.ids === null || pending === null) pending = null;
  else pending = new Set([...(pending ?? []), ...msg.ids]);
  clearTimeout(timer);
  timer = setTimeout(() => void refresh(), SETTLE_MS);
}

async function refresh(): Promise<void> {
  const ids = pending;
  pending = undefined;
  if (!libraryReady.value) return;
  const touched = (id: string) => ids === null || ids === undefined || ids.has(id);
  await refreshLibrary();
  const open = openReportState.value;
  if (open && touched(open.id)) void openReport(open.id);
  for (const follow of followers) follow(touched);
}

/** Lets a view's state re-read what another tab changed; `touched` says whether a report did. */
export function followChanges(follow: (touched: (id: string) => boolean) => void): void {
  followers.add(follow);
}

/** Starts listening to the other tabs (once, from the app shell); returns the stop. */
export function followOtherTabs(): () => void {
  if (channel || typeof BroadcastChannel === 'undefined') return () => undefined;
  const ch = new BroadcastChannel(CHANNEL);
  channel = ch;
  ch.onmessage = (e: MessageEvent<LibraryChanged>) => receive(e.data);
  const onVisible = () => {
    if (document.visibilityState === 'visible') { pending = null; clearTimeout(timer); timer = setTimeout(() => void refresh(), SETTLE_MS); }
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    ch.close();
    channel = null;
  };
}
