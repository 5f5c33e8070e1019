// latestOnly: one call in flight; values given meanwhile collapse into the newest.
import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/lib/latest-only';

/** A run whose calls finish when the test says so. */
function controlled() {
  const calls: string[] = [];
  const ends: (() => void)[] = [];
  const run = (v: string) => { calls.push(v); return new Promise<void>((resolve) => ends.push(resolve)); };
  const finish = async () => { ends.shift()!(); await new Promise((r) => setTimeout(r, 0)); };
  return { calls, run, finish };
}

describe('latestOnly', () => {
  it('runs the first value at once and, of those given while it runs, only the newest after it', async () => {
    const c = controlled();
    const ask = latestOnly(c.run);
    ask.push('义');
    ask.push('义乌');
    ask.push('义乌市');
    expect(c.calls).toEqual(['义']);
    await c.finish();
    expect(c.calls).toEqual(['义', '义乌市']);
    await c.finish();
    ask.push('鹰潭');
    expect(c.calls).toEqual(['义', '义乌市', '鹰潭']);
  });
  it('forgets the waiting value on cancel, and goes on after a call that failed', async () => {
    const c = controlled();
    const ask = latestOnly(c.run);
    ask.push('a');
    ask.push('b');
    ask.cancel();
    await c.finish();
    expect(c.calls).toEqual(['a']);
    const failing = latestOnly(async (v: string) => { c.calls.push(`x${v}`); throw new Error('worker gone'); });
    failing.push('1');
    failing.push('2');
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(c.calls).toEqual(['a', 'x1', 'x2']);
  });
});
