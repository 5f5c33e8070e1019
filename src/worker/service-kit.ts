// What the search and trends services share besides their data: one pass over the library at a
// time (a change announced meanwhile runs one more pass), and timed replies that report failure
// as a message instead of a rejected promise in a worker nobody watches.

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface SyncSteps {
  /** Runs once before the passes (waits for what they need, announces the phase). */
  before(): unknown;
  /** Brings the service up to date with the library; may run again if asked meanwhile. */
  pass(): Promise<void>;
  /** Where the end of the passes is announced: phase ready, or error with its message. */
  tell(patch: { phase: 'ready' | 'error'; progress: null; error?: string }): void;
}

export interface SyncLoop {
  /** Starts a sync, or asks the running one for one more pass; never rejects. */
  run(): Promise<void>;
  /** The sync under way, if any. */
  running(): Promise<void> | null;
}

export function syncLoop(steps: SyncSteps): SyncLoop {
  let syncing: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    if (syncing) { again = true; return syncing; }
    syncing = (async () => {
      try {
        await steps.before();
        do { again = false; await steps.pass(); } while (again);
        steps.tell({ phase: 'ready', progress: null });
      } catch (err) {
        steps.tell({ phase: 'error', progress: null, error: messageOf(err) });
      } finally {
        syncing = null;
      }
    })();
    return syncing;
  };
  return { run, running: () => syncing };
}

type Posted<R> = ({ type: 'reply'; id: number; ms: number } & R) | { type: 'failed'; id: number; message: string };

/**
 * Once `after` settles, answers question `id` with what `compute` returns (plus the ms it took),
 * or with the message of what it threw.
 */
export function replyAfter<R extends object>(after: Promise<unknown>, id: number, compute: () => R, post: (res: Posted<R>) => void): void {
  void after.then(() => {
    const t0 = performance.now();
    try {
      const body = compute();
      post({ type: 'reply', id, ...body, ms: Math.round((performance.now() - t0) * 10) / 10 });
    } catch (err) {
      post({ type: 'failed', id, message: messageOf(err) });
    }
  });
}
