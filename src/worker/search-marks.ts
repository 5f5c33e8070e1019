// Cold-start phases of the search worker as User Timing marks (zb:search:<phase>), each set once
// per worker: the Chromium benchmark reads them through the DevTools protocol and places them on
// the page's timeline (a worker's performance.timeOrigin is its own start). Marks cost nothing
// a user notices and need no message of the protocol.

/** Marks `phase` the first time only (a reload or a later query does not move it). */
export function markOnce(phase: string, detail?: Record<string, number>): void {
  const name = `zb:search:${phase}`;
  const perf = (globalThis as { performance?: Performance }).performance;
  if (!perf?.mark || perf.getEntriesByName(name).length > 0) return;
  perf.mark(name, { detail });
}

/** Counts what the first query reads of the texts (reads issued, texts asked, texts got, ms spent). */
export const textReads = { calls: 0, asked: 0, got: 0, ms: 0 };
