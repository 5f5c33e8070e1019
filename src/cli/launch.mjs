// `node src/cli/launch.mjs NAME ARGS...` runs the command src/cli/NAME.ts from one esbuild bundle
// (bundle.mjs) instead of through tsx: tsx costs ~0.5 s of the main thread and as much again in its
// loader thread at every start, which a batch command such as `dataset` pays before its workers run.
// Without esbuild it falls back to tsx, so the command still runs, only slower to start. No node flags
// needed: `node src/cli/launch.mjs dataset` is what `npm run dataset` runs (the pool sets TurboFan's
// inlining budget for its workers: compile-budget.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundled } from './bundle.mjs';

const name = process.argv[2] ?? '';
const entry = new URL(`./${name}.ts`, import.meta.url);
if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(entry)) {
  process.stderr.write(`launch: no command ${JSON.stringify(name)} in src/cli\n`);
  process.exit(2);
}
// The command reads its arguments after argv[1], as when node starts it directly.
process.argv.splice(1, 2, fileURLToPath(entry));
const bundle = await bundled(entry);
if (bundle) await import(bundle.href);
else {
  const tsx = await import('tsx/esm/api');
  tsx.register();
  await import(entry.href);
}
