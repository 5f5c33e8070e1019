// One call at a time for values that supersede each other (the text of a search box as it is
// typed): while a call is under way, values given meanwhile collapse into the last of them, which
// is run as soon as that call ends. A slow answer (suggestions over 20,000 reports take 100-150 ms)
// then delays the newest text by one call at most, not by one call per keystroke queued before it.

export interface LatestOnly<T> {
  /** Runs `value` now, or after the call under way (replacing any value already waiting). */
  push(value: T): void;
  /** Forgets the value waiting, if any (the call under way finishes). */
  cancel(): void;
}

export function latestOnly<T>(run: (value: T) => Promise<void>): LatestOnly<T> {
  let busy = false;
  let waiting: { value: T } | null = null;
  const start = (value: T): void => {
    busy = true;
    void run(value).catch(() => undefined).finally(() => {
      busy = false;
      const next = waiting;
      waiting = null;
      if (next) start(next.value);
    });
  };
  return {
    push(value) {
      if (busy) waiting = { value };
      else start(value);
    },
    cancel() {
      waiting = null;
    },
  };
}
