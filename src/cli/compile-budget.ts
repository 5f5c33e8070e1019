// TurboFan's inlining budget for the parse workers of `dataset` and `pack`, set before they start.
// Every worker compiles the parser anew on V8's background threads (most of the CPU beside the parse).
// While a core is left over (fewer jobs than cores) that compile runs beside the parse for nothing,
// so the budget is the one whose code parses fastest; once every core parses, each compile takes its
// CPU from a worker, and a smaller budget saves more compile than its slightly slower code costs.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * Bytes of bytecode TurboFan may inline into one optimised function (V8's default is 920). 460: over
 * 4,000 files in one thread, background CPU 1.83-2.05 s against 2.40-2.65 at 920, the parse no slower.
 * 100: a quarter less compile again for 1-7% more worker CPU, which pays only when no core is idle
 * (two jobs on two cores, six runs side by side with 460 at load 5-10: 1-7% less CPU over all threads).
 */
export const SPARE_CORE_BUDGET = 460;
export const BUSY_CORES_BUDGET = 100;

export function inliningBudget(jobs: number, cores: number = availableParallelism()): number {
  return jobs < cores ? SPARE_CORE_BUDGET : BUSY_CORES_BUDGET;
}

/** V8's flags are per process: set before the first worker starts, it holds for every worker. */
export function setInliningBudget(jobs: number): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${inliningBudget(jobs)}`);
}
