// Peak resident memory of a Chromium started by a benchmark: the processes whose command line
// names its profile folder, and all their descendants, sampled from /proc (Linux) while work runs.
import { readFileSync, readdirSync } from 'node:fs';

function processes(): { pid: number; ppid: number; cmd: string; rssKB: number }[] {
  const out: { pid: number; ppid: number; cmd: string; rssKB: number }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      out.push({ pid: Number(name), ppid, cmd: readFileSync(`/proc/${name}/cmdline`, 'utf8'), rssKB: rss ? Number(rss[1]) : 0 });
    } catch { /* the process ended meanwhile */ }
  }
  return out;
}

/** Resident MB of the browser whose command line holds `marker` (its profile folder), children included. */
export function browserRssMB(marker: string): number {
  const all = processes();
  const inTree = new Set(all.filter((p) => p.cmd.includes(marker)).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!inTree.has(p.pid) && inTree.has(p.ppid)) { inTree.add(p.pid); grew = true; }
  }
  return Math.round(all.filter((p) => inTree.has(p.pid)).reduce((n, p) => n + p.rssKB, 0) / 1024);
}

/** Samples browserRssMB every `ms` until stopped; stop() gives the highest seen. */
export function samplePeak(marker: string, ms = 250): { stop(): number } {
  if (process.platform !== 'linux') return { stop: () => NaN };
  let peak = browserRssMB(marker);
  const timer = setInterval(() => { peak = Math.max(peak, browserRssMB(marker)); }, ms);
  return { stop() { clearInterval(timer); return Math.max(peak, browserRssMB(marker)); } };
}
