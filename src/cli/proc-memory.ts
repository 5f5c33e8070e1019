// Memory and CPU of a Chromium started by a benchmark: the processes whose command line names its
// profile folder, and all their descendants, from /proc (Linux). Memory is PSS (shared pages split
// between the processes sharing them, so a dozen Chromium processes are not counted a dozen times).
import { readFileSync, readdirSync } from 'node:fs';

interface Proc { pid: number; ppid: number; cmd: string; pssKB: number; cpuTicks: number }

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpuTicks = Number(fields[11]) + Number(fields[12]); // utime + stime
      const pss = /Pss:\s+(\d+)/.exec(readFileSync(`/proc/${name}/smaps_rollup`, 'utf8'));
      out.push({ pid: Number(name), ppid: Number(fields[1]), cmd: readFileSync(`/proc/${name}/cmdline`, 'utf8'), pssKB: pss ? Number(pss[1]) : 0, cpuTicks });
    } catch { /* the process ended meanwhile */ }
  }
  return out;
}

function browserTree(marker: string): Proc[] {
  const all = processes();
  const inTree = new Set(all.filter((p) => p.cmd.includes(marker)).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!inTree.has(p.pid) && inTree.has(p.ppid)) { inTree.add(p.pid); grew = true; }
  }
  return all.filter((p) => inTree.has(p.pid));
}

/** MB (PSS) of the browser whose command line holds `marker` (its profile folder), children included. */
export function browserMemMB(marker: string): number {
  return Math.round(browserTree(marker).reduce((n, p) => n + p.pssKB, 0) / 1024);
}

/** CPU seconds (user + system) the browser's live processes have used so far; 100 ticks a second on Linux. */
export function browserCpuSeconds(marker: string): number {
  return browserTree(marker).reduce((n, p) => n + p.cpuTicks, 0) / 100;
}

/** Samples browserMemMB every `ms` until stopped; stop() gives the highest seen. */
export function samplePeak(marker: string, ms = 250): { stop(): number } {
  if (process.platform !== 'linux') return { stop: () => NaN };
  let peak = browserMemMB(marker);
  const timer = setInterval(() => { peak = Math.max(peak, browserMemMB(marker)); }, ms);
  return { stop() { clearInterval(timer); return Math.max(peak, browserMemMB(marker)); } };
}
