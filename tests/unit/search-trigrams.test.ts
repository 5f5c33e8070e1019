// The list of trigrams with postings of their own (trigrams.ts): distinct, three visible units each,
// each found by its units and nothing else found.
import { describe, expect, it } from 'vitest';
import { PAIRED } from '../../src/search/postings';
import { mayBeginTrigram, TRIGRAM_KEY, trigramKey, trigramOf, TRIGRAMS } from '../../src/search/trigrams';

describe('listed trigrams', () => {
  it('lists 1,024 distinct trigrams of visible units, each keyed below the pairs by its rank', () => {
    expect(TRIGRAMS).toBe(1024);
    const seen = new Set<string>();
    for (let r = 0; r < TRIGRAMS; r++) {
      const t = trigramOf(TRIGRAM_KEY + r);
      expect(t).toHaveLength(3);
      for (let i = 0; i < 3; i++) expect(PAIRED[t.charCodeAt(i)], t).toBe(1);
      expect(trigramKey(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2))).toBe(TRIGRAM_KEY + r);
      seen.add(t);
    }
    expect(seen.size).toBe(TRIGRAMS);
    expect(TRIGRAM_KEY + TRIGRAMS).toBeLessThanOrEqual(0x210000);
  });

  it('finds nothing else: rotations and near misses of listed trigrams, and random ones', () => {
    const listed = new Set(Array.from({ length: TRIGRAMS }, (_, r) => trigramOf(TRIGRAM_KEY + r)));
    const tried = ['会委常', '常委员', '委员会'.split('').reverse().join(''), '政协x', '常委', 'abc'];
    let seed = 5;
    for (let k = 0; k < 20_000; k++) {
      const pick = () => String.fromCharCode(0x4e00 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 400));
      tried.push(pick() + pick() + pick());
    }
    for (const t of tried.filter((t) => t.length === 3)) {
      const key = trigramKey(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
      expect(key >= 0, t).toBe(listed.has(t));
    }
  });

  it('rules out by its first pair nearly every pair that begins no listed trigram, and never one that does', () => {
    const firsts = new Set<string>();
    for (let r = 0; r < TRIGRAMS; r++) {
      const t = trigramOf(TRIGRAM_KEY + r);
      expect(mayBeginTrigram(t.charCodeAt(0), t.charCodeAt(1)), t).toBe(true);
      firsts.add(t.slice(0, 2));
    }
    let seed = 9;
    let others = 0;
    let passed = 0;
    for (let k = 0; k < 50_000; k++) {
      const pick = () => 0x4e00 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 3000);
      const a = pick();
      const b = pick();
      if (firsts.has(String.fromCharCode(a, b))) continue;
      others++;
      if (mayBeginTrigram(a, b)) passed++;
    }
    // About 1,000 of 65,536 bits are set.
    expect(passed / others).toBeLessThan(0.03);
  });
});
