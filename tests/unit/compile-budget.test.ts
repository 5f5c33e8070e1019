// The parse workers' inlining budget follows whether a core is left for V8's compiler threads.
import { describe, expect, it } from 'vitest';
import { BUSY_CORES_BUDGET, inliningBudget, SPARE_CORE_BUDGET } from '../../src/cli/compile-budget';

describe('inliningBudget', () => {
  it('keeps the larger budget while fewer jobs than cores leave one for compiling', () => {
    expect(inliningBudget(1, 2)).toBe(SPARE_CORE_BUDGET);
    expect(inliningBudget(3, 8)).toBe(SPARE_CORE_BUDGET);
  });

  it('takes the smaller budget once every core parses', () => {
    expect(inliningBudget(2, 2)).toBe(BUSY_CORES_BUDGET);
    expect(inliningBudget(4, 2)).toBe(BUSY_CORES_BUDGET);
    expect(inliningBudget(1, 1)).toBe(BUSY_CORES_BUDGET);
    expect(BUSY_CORES_BUDGET).toBeLessThan(SPARE_CORE_BUDGET);
  });
});
