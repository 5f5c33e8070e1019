// `node src/cli/launch.mjs NAME ARGS...` runs the command src/cli/NAME.ts from one esbuild bundle
// (bundle.mjs) instead of through tsx: tsx costs ~0.5 s of the main thread and as much again in its
// loader thread at every start, which a batch command such as `dataset` pays before its workers run.
// Without esbuild it falls back to tsx, so the command still runs, only slower to start. No node flags
// needed: `node src/cli/launch.mjs dataset` is what `npm run dataset` runs.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { bundled } from './bundle.mjs';

const name = process.argv[2] ?? '';
const entry = new URL(`./${name}.ts`, import.meta.url);
if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(entry)) {
  process.stderr.write(`launch: no command ${JSON.stringify(name)} in src/cli\n`);
  process.exit(2);
}
// TurboFan inlines at most 460 bytes of bytecode into one optimised function (half V8's default 920).
// Every parse worker compiles the parser anew on V8's background threads: with one job they use the
// idle core, with two they take CPU from the other worker, and that compile, not GC, is most of their
// CPU beside the parse. Over 4,000 files in one thread (4 runs each, load 6-8): background CPU
// 2.40-2.65 s at 920, 1.83-2.05 at 460, 1.41-1.52 at 100, parse CPU 12-14 s at each; through the
// command, 100 left the worker's own CPU leaning 2-4% higher, so 460 it is. Set before any worker
// starts and the same for any --jobs, so one job runs as fast as it can.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
// The command reads its arguments after argv[1], as when node starts it directly.
process.argv.splice(1, 2, fileURLToPath(entry));
const bundle = await bundled(entry);
if (bundle) await import(bundle.href);
else {
  const tsx = await import('tsx/esm/api');
  tsx.register();
  await import(entry.href);
}
