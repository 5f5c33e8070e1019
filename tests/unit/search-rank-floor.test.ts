// The score below which no report is among the top few (rank-top.ts), kept in a heap rather than by
// sorting every matched report's score: the same as sorting, with ties, for any number asked.
import { describe, expect, it } from 'vitest';
import { floorOf } from '../../src/search/rank-top';
import { rng } from '../support/search-random';

describe('the top-th highest score', () => {
  it('equals the sorted scores\' top-th highest, ties and all', () => {
    const rand = rng(11);
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(rand() * 300);
      // Few distinct values in some rounds: many reports score alike.
      const values = 1 + Math.floor(rand() * (round % 3 === 0 ? 4 : 1000));
      const scores = Float64Array.from({ length: n }, () => Math.floor(rand() * values) / 7);
      const sorted = scores.slice().sort();
      for (const top of [1, 2, 3, 20, n - 1, n, n + 5]) {
        if (top < 1) continue;
        const want = n <= top ? -Infinity : sorted[n - top]!;
        expect(floorOf(scores, top), `n ${n} top ${top}`).toBe(want);
      }
    }
  });
});
