// memoize: the same answers as the function, each input computed once while kept, and the map bounded.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/lib/memo';

describe('memoize', () => {
  it('answers as the function does, computing each kept input once, null answers included', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => { calls.push(s); return s === 'x' ? null : s.length; }, 10);
    expect([f('ab'), f('ab'), f('x'), f('x'), f('abc')]).toEqual([2, 2, null, null, 3]);
    expect(calls).toEqual(['ab', 'x', 'abc']);
  });

  it('forgets everything past its limit instead of growing', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => { calls.push(s); return s; }, 2);
    for (const s of ['a', 'b', 'c', 'd', 'a']) f(s);
    // a, b, c kept (3 > 2 clears on d); a is computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
