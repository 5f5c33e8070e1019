// Web Locks (navigator.locks) around work two tabs must not do at once: the same name in any tab,
// worker or window of this origin waits for the holder. Where the API is missing (Node, very old
// browsers) the work runs at once: a single runtime has nobody to race.

/** Lock names shared by every tab: one writer at a time for each of these, per library (database). */
export const LOCKS = {
  /** Writing the persisted search index (records added, replaced or removed). */
  searchIndex: (db: string) => `zhengbao:search-index:${db}`,
  /** Re-parsing the library with a newer parser. */
  reparse: (db: string) => `zhengbao:reparse:${db}`,
  /** Restoring a backup. */
  restore: (db: string) => `zhengbao:restore:${db}`,
  /** Finishing or rolling back an interrupted import at start. */
  recovery: 'zhengbao:recovery',
  /** Held by a running import for its whole life: a journal whose lock nobody holds was interrupted. */
  importJob: (key: string) => `zhengbao:import:${key}`,
} as const;

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable?: boolean }, work: (lock: unknown) => Promise<T>): Promise<T>;
  query(): Promise<{ held?: { name?: string }[]; pending?: { name?: string }[] }>;
}

function manager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks ?? null;
}

/** Runs `work` holding the lock `name` (waiting for any other holder first). */
export function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = manager();
  return locks ? locks.request(name, {}, () => work()) : work();
}

/** Runs `work` under the lock if nobody holds it; null (and nothing run) when somebody does. */
export function ifLockFree<T>(name: string, work: () => Promise<T>): Promise<T | null> {
  const locks = manager();
  if (!locks) return work();
  return locks.request(name, { ifAvailable: true }, (lock) => (lock ? work() : Promise.resolve(null)));
}

/** Names of the locks held or asked for right now in this origin; null where the API is missing. */
export async function lockNames(): Promise<Set<string> | null> {
  const locks = manager();
  if (!locks) return null;
  const snapshot = await locks.query();
  return new Set([...(snapshot.held ?? []), ...(snapshot.pending ?? [])].map((l) => l.name ?? ''));
}
