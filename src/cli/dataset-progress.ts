// Progress of a long batch on stderr: files done of the total, files/s, MB/s and the time left,
// redrawn in place on a terminal and as a line every few seconds in a log; then one summary line.

export interface Tally {
  total: number;
  /** Files handled this run, whatever the outcome (written, failed, skipped). */
  done: number;
  written: number;
  failed: number;
  /** Already in the output from an earlier run. */
  resumed: number;
  /** Same bytes as a file met before in this run. */
  duplicates: number;
  /** Belong to another shard. */
  otherShard: number;
  bytes: number;
}

export function newTally(total: number): Tally {
  return { total, done: 0, written: 0, failed: 0, resumed: 0, duplicates: 0, otherShard: 0, bytes: 0 };
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function rates(t: Tally, seconds: number): { filesPerSecond: number; mbPerSecond: number } {
  const s = Math.max(seconds, 1e-3);
  return { filesPerSecond: t.done / s, mbPerSecond: t.bytes / 1e6 / s };
}

export function startProgress(label: string, tally: Tally, quiet = false): { stop(): void; seconds(): number } {
  const t0 = performance.now();
  const seconds = () => (performance.now() - t0) / 1000;
  if (quiet) return { seconds, stop: () => undefined };
  const tty = process.stderr.isTTY === true;
  const draw = () => {
    const { filesPerSecond, mbPerSecond } = rates(tally, seconds());
    const eta = duration((tally.total - tally.done) / filesPerSecond);
    const line = `${label}: ${tally.done}/${tally.total} files, ${filesPerSecond.toFixed(1)} files/s, ${mbPerSecond.toFixed(2)} MB/s, ${tally.failed} failed, ETA ${eta}`;
    process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
  };
  const timer = setInterval(draw, tty ? 500 : 5000);
  timer.unref();
  return {
    seconds,
    stop() {
      clearInterval(timer);
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}

export function summary(label: string, t: Tally, seconds: number): string {
  const { filesPerSecond, mbPerSecond } = rates(t, seconds);
  return `${label}: ${t.done} files in ${duration(seconds)} (${filesPerSecond.toFixed(1)} files/s, ${mbPerSecond.toFixed(2)} MB/s): `
    + `${t.written} written, ${t.failed} failed, ${t.resumed} already done, ${t.duplicates} duplicates, ${t.otherShard} in other shards\n`;
}
