// What two threads can gain on this machine at all, measured beside the dataset runs: a loop of plain
// integer arithmetic (scales with the cores), and a loop of scattered reads and writes over 32 MB (as a
// parse touching its strings and objects does), each run in one thread and then in two at once. The
// second tells how much two busy cores slow each other through the shared cache and memory: a ceiling
// for any memory-heavy work, the parser's included, before V8's own background threads take their share.
import { Worker } from 'node:worker_threads';

export type LoopKind = 'arithmetic' | 'memory';

/** The body each thread runs; kept as source so the measurement needs no second file. */
const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const t0 = performance.now();
let x = 0;
if (workerData === 'arithmetic') {
  for (let i = 0; i < 4e8; i++) x = (x * 31 + i) | 0;
} else {
  const a = new Int32Array(8e6);
  for (let r = 0; r < 16; r++) for (let i = 0; i < a.length; i += 16) {
    const j = (i * 2654435761) % a.length;
    a[j] += r;
    x += a[(j + 7) % a.length];
  }
}
parentPort.postMessage({ ms: performance.now() - t0, x });
`;

function once(kind: LoopKind): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOOP, { eval: true, workerData: kind });
    w.once('message', (m: { ms: number }) => { resolve(m.ms); void w.terminate(); });
    w.once('error', reject);
  });
}

/** Throughput of two threads over one: 2 x (one thread's time) / (the slower of two at once). */
export async function twoThreadGain(kind: LoopKind): Promise<number> {
  await once(kind); // compiles and warms the page cache for the timed runs
  const one = await once(kind);
  const two = Math.max(...(await Promise.all([once(kind), once(kind)])));
  return Math.round((200 * one) / two) / 100;
}
