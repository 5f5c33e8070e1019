// The cache of report texts read from the store: bounded in bytes, evicting texts not used since they
// last came round (a clock: a use marks a text, it does not move it), never one the current query used.
import { describe, expect, it } from 'vitest';
import { TextCache, textBytes } from '../../src/search/texts';
import type { DocText } from '../../src/search/types';

const text = (packed: string): DocText => ({ packed, starts: new Uint32Array(0), origStart: null, shifts: [], always: '', subGaps: new Uint8Array(0), subMarks: new Uint32Array(0), subText: '', shiftText: '' });
/** Every text the same size, so the cache holds a known number of them. */
const body = (id: string) => id.repeat(100).slice(0, 100);
const SIZE = textBytes(text(body('x')));

function cache(count: number): { cache: TextCache; reads: string[] } {
  const reads: string[] = [];
  const c = new TextCache();
  c.source = { read: async (ids) => { reads.push(...ids); return new Map(ids.map((id) => [id, text(body(id))])); } };
  c.capacity = count * SIZE;
  return { cache: c, reads };
}

const held = (c: TextCache, ids: string) => [...ids].filter((id) => c.holds(id)).join('');

describe('the text cache', () => {
  it('evicts the texts unused longest, giving a text used since it came round a second chance', async () => {
    const { cache: c } = cache(3);
    c.begin();
    for (const id of 'abc') await c.fetch([id]);
    expect(held(c, 'abc')).toBe('abc');
    // A later query uses a, then needs d: b goes, not a, though a came in first.
    c.begin();
    expect(c.get('a')).toBeDefined();
    await c.fetch(['d']);
    expect(held(c, 'abcd')).toBe('acd');
    // Nothing used since: c, the oldest, goes; a came round last time and goes after it.
    c.begin();
    await c.fetch(['e']);
    expect(held(c, 'acde')).toBe('ade');
    c.begin();
    await c.fetch(['f']);
    expect(held(c, 'adef')).toBe('def');
    expect(c.stats()).toMatchObject({ cached: 3, cachedBytes: 3 * SIZE });
  });

  it('keeps every text the current query used, and does not keep one more then', async () => {
    const { cache: c, reads } = cache(3);
    c.begin();
    await c.fetch(['a', 'b', 'c']);
    c.begin();
    for (const id of 'abc') c.get(id);
    // The query still gets its text; the cache stays within its bytes.
    expect((await c.fetch(['d'])).get('d')?.packed).toBe(body('d'));
    expect(held(c, 'abcd')).toBe('abc');
    expect(c.stats().cachedBytes).toBe(3 * SIZE);
    // The next query may evict them again: the least recently used first.
    c.begin();
    c.get('b');
    await c.fetch(['e']);
    expect(held(c, 'abce')).toBe('bce');
    expect(reads).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('moves each text at most once a query, however many texts the query reads past a full cache', async () => {
    const N = 2000;
    const { cache: c } = cache(N);
    const ids = Array.from({ length: 2 * N }, (_, i) => `t${i}`);
    c.begin();
    await c.fetch(ids.slice(0, N));
    // Count what the cache's order costs: every move is a delete and a set of its Map.
    let sets = 0;
    const map = (c as unknown as { lru: Map<string, unknown> }).lru;
    const set = map.set.bind(map);
    map.set = (k, v) => { sets++; return set(k, v); };
    // A query that uses every cached text, then reads N more one by one: none fits, none is evicted.
    c.begin();
    for (const id of ids.slice(0, N)) c.get(id);
    for (const id of ids.slice(N)) await c.fetch([id]);
    expect(c.holds("t0") && c.holds("t1")).toBe(true);
    expect(c.stats().cached).toBe(N);
    expect(sets).toBeLessThanOrEqual(N);
    // The next query, using none of them, replaces them all, each evicted once.
    c.begin();
    sets = 0;
    for (const id of ids.slice(N)) await c.fetch([id]);
    expect(c.holds(`t${2 * N - 1}`) && !c.holds('t0')).toBe(true);
    expect(sets).toBeLessThanOrEqual(2 * N);
  });

  it('finds a text by its slot while it is held, and lets go of it when it leaves', async () => {
    const { cache: c } = cache(2);
    c.pin('p', text(body('p')));
    c.begin();
    expect(c.atSlot(0)).toBeUndefined();
    expect(c.findForSlot(0, 'p')?.packed).toBe(body('p'));
    expect(c.atSlot(0)?.packed).toBe(body('p'));
    // Stored: the pinned text becomes a cached one, found by id again before by slot.
    c.release(['p']);
    expect(c.atSlot(0)).toBeUndefined();
    expect(c.findForSlot(0, 'p')?.packed).toBe(body('p'));
    await c.fetch(['a']);
    expect(c.findForSlot(1, 'a')?.packed).toBe(body('a'));
    // A later query reads b: p, unused since, is evicted, and its slot no longer holds it.
    c.begin();
    c.get('a');
    await c.fetch(['b']);
    expect([c.holds('p'), c.atSlot(0), c.atSlot(1)?.packed]).toEqual([false, undefined, body('a')]);
    // A report removed, or its text replaced: its slot lets go too.
    c.drop('a');
    expect(c.atSlot(1)).toBeUndefined();
    c.pin('b', text(body('c')));
    expect(c.findForSlot(1, 'b')?.packed).toBe(body('c'));
    c.pin('b', text(body('d')));
    expect(c.atSlot(1)).toBeUndefined();
  });

  it('counts a use by slot as a use: the texts a query found by slot are not evicted for it', async () => {
    const { cache: c } = cache(2);
    c.begin();
    await c.fetch(['a', 'b']);
    c.findForSlot(0, 'a');
    c.findForSlot(1, 'b');
    c.begin();
    expect(c.atSlot(0)?.packed).toBe(body('a'));
    expect(c.atSlot(1)?.packed).toBe(body('b'));
    await c.fetch(['x']);
    expect([c.holds('a'), c.holds('b'), c.holds('x')]).toEqual([true, true, false]);
  });
});
