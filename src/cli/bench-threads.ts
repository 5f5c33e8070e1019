// Where a child process's CPU time went, per thread, on Linux (/proc/PID/task): the main thread, the
// N busiest other threads (the parse workers) and the rest (V8's background threads, libuv's pool).
// Sampled every 100 ms because a thread vanishes from /proc when it ends (its last moments are lost).
import { existsSync, readFileSync, readdirSync } from 'node:fs';

function cpuByThread(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  const tasks = `/proc/${pid}/task`;
  let tids: string[] = [];
  try { tids = readdirSync(tasks); } catch { return out; }
  for (const tid of tids) {
    try {
      const fields = readFileSync(`${tasks}/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch { /* the thread ended between listing and reading */ }
  }
  return out;
}

export interface ThreadSplit { main: number; workers: number; helpers: number }

/** Samples process `pid` (a child) until stop(): the CPU seconds it used, split by kind of thread. */
export function sampleThreads(pid: number, workers: number): { stop(): ThreadSplit | null } {
  if (!existsSync(`/proc/${pid}`)) return { stop: () => null };
  const last = new Map<string, number>();
  const sample = () => { for (const [t, v] of cpuByThread(pid)) last.set(t, v); };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      if (last.size === 0) return null;
      const used = [...last];
      const main = used.find(([t]) => t === String(pid))?.[1] ?? 0;
      const others = used.filter(([t]) => t !== String(pid)).map(([, v]) => v).sort((a, b) => b - a);
      const busiest = others.slice(0, workers).reduce((a, b) => a + b, 0);
      return { main, workers: busiest, helpers: others.slice(workers).reduce((a, b) => a + b, 0) };
    },
  };
}
