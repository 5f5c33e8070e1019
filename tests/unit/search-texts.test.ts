// Report texts out of memory: an index whose texts live in an async source with a tiny cache gives
// exactly what the same index with every text in memory gives (and what brute force gives), through
// adds, deletes, re-imports and a reload, reading texts in bounded chunks and keeping the cache bounded.
import { describe, expect, it } from 'vitest';
import { SearchIndex, type DocText, type TextSource } from '../../src/search/index';
import { restoreText, SEARCH_INDEX_VERSION } from '../../src/search/persist';
import { textBytes } from '../../src/search/texts';
import { foldForMatch } from '../../src/text/fold';
import { bruteForce, randomQuery, randomReport, rng } from '../support/search-random';

/** A stand-in for the store: texts written once persisted, read asynchronously, reads logged. */
class Store implements TextSource {
  texts = new Map<string, DocText>();
  reads: string[][] = [];
  async read(ids: readonly string[]): Promise<Map<string, DocText>> {
    await new Promise((r) => setTimeout(r, 0));
    this.reads.push([...ids]);
    return new Map(ids.flatMap((id) => (this.texts.has(id) ? [[id, this.texts.get(id)!] as const] : [])));
  }
}

const CAPACITY = 6000;

function build(seed: number, size: number) {
  const rand = rng(seed);
  const reports = Array.from({ length: size }, (_, i) => randomReport(rand, i));
  const texts = reports.flatMap((r) => r.paragraphs.map((p) => p.text));
  const store = new Store();
  const lean = new SearchIndex();
  lean.setTextSource(store, CAPACITY);
  const full = new SearchIndex();
  const folded = new Map<string, string>();
  /** As the worker does: index, store the text, then let it leave memory. */
  const add = (i: number, persist = true) => {
    for (const index of [lean, full]) index.add(`r${i}`, reports[i]!);
    folded.set(`r${i}`, foldForMatch(reports[i]!.paragraphs.map((p) => p.text).join('\n')));
    if (!persist) return;
    store.texts.set(`r${i}`, restoreText(lean.exportText(`r${i}`)!)!);
    lean.stored([`r${i}`]);
  };
  const remove = (i: number) => {
    for (const index of [lean, full]) index.remove(`r${i}`);
    store.texts.delete(`r${i}`);
    folded.delete(`r${i}`);
  };
  return { rand, reports, texts, store, lean, full, folded, add, remove };
}

async function same(lean: SearchIndex, full: SearchIndex, folded: Map<string, string>, queries: string[], capacity = CAPACITY): Promise<void> {
  for (const q of queries) {
    const want = bruteForce(folded, q);
    const got = await lean.queryAsync(q, { maxReports: Infinity, hitsPerReport: 2 });
    expect(got.reports.map((r) => r.id).sort(), q).toEqual(want.ids);
    expect(got.hitCount, q).toBe(want.hits);
    expect(got, q).toEqual(full.query(q, { maxReports: Infinity, hitsPerReport: 2 }));
    expect(await lean.queryAsync(q, { maxReports: 3, scope: 'section' }), q).toEqual(full.query(q, { maxReports: 3, scope: 'section' }));
    const first = got.reports[0]?.id;
    if (first) expect(await lean.hitsInReportAsync(first, q), q).toEqual(full.hitsInReport(first, q));
    expect(await lean.kwicAsync(q, { limit: 50 }), q).toEqual(full.kwic(q, { limit: 50 }));
    expect(lean.textStats().cachedBytes, q).toBeLessThanOrEqual(capacity + Math.max(...[...folded.values()].map((t) => 4 * t.length + 200)));
  }
}

describe('search with texts out of memory', () => {
  for (const seed of [4, 5]) {
    it(`answers like the in-memory index and brute force, through deletes, re-imports and a reload (seed ${seed})`, async () => {
      const { rand, reports, texts, store, lean, full, folded, add, remove } = build(seed, 80);
      reports.forEach((_, i) => add(i, i < 70));
      // Ten reports not stored yet: their texts stay in memory, the others are read as needed.
      expect(lean.textStats().pinned).toBe(10);
      await same(lean, full, folded, Array.from({ length: 40 }, () => randomQuery(rand, texts)));
      // Chunks ask for at most half the cache's bytes, unless one report alone is more.
      for (const ids of store.reads) {
        const bytes = ids.reduce((n, id) => n + textBytes(store.texts.get(id) ?? { packed: '', starts: new Uint32Array(0), origStart: null, shifts: [], always: '', subGaps: new Uint8Array(0), subMarks: new Uint32Array(0), subText: '', shiftText: '' }), 0);
        if (ids.length > 1) expect(bytes).toBeLessThanOrEqual(2 * CAPACITY);
      }
      expect(store.reads.length).toBeGreaterThan(10);
      for (let i = 0; i < 40; i++) if (i % 3 !== 0) remove(i);
      for (let i = 0; i < 40; i += 4) { reports[i] = randomReport(rand, i); add(i); }
      await same(lean, full, folded, Array.from({ length: 40 }, () => randomQuery(rand, texts)));
      // A cold start: records and postings only, every text from the store.
      for (let i = 70; i < 80; i++) if (folded.has(`r${i}`)) { store.texts.set(`r${i}`, restoreText(lean.exportText(`r${i}`)!)!); lean.stored([`r${i}`]); }
      const { docs, segments } = lean.export();
      const cold = new SearchIndex();
      cold.setTextSource(store, CAPACITY);
      expect(cold.load(structuredClone(docs), structuredClone(segments))).toEqual([]);
      expect(cold.textStats()).toEqual({ pinned: 0, cached: 0, cachedBytes: 0 });
      await same(cold, full, folded, Array.from({ length: 30 }, () => randomQuery(rand, texts)));
    });
  }

  it('starts a query again when the index changes while it waits for texts', async () => {
    const { lean, full, folded, add, remove } = build(6, 40);
    for (let i = 0; i < 40; i++) add(i);
    const pending = lean.queryAsync('政协', { maxReports: Infinity });
    remove(3);
    remove(7);
    add(3);
    const got = await pending;
    expect(got).toEqual(full.query('政协', { maxReports: Infinity }));
    expect(got.reportCount).toBe(bruteForce(folded, '政协').ids.length);
  });

  it('answers a query pending while reports are added as the index stood when it began', async () => {
    const { lean, full, store, add } = build(8, 60);
    for (let i = 0; i < 50; i++) add(i);
    // A Latin word is verified on the text (it must start a word): the query waits for texts.
    const q = 'ab 政';
    const before = full.query(q, { maxReports: Infinity });
    expect(before.reportCount).toBeGreaterThan(0);
    const reads = store.reads.length;
    const pending = lean.queryAsync(q, { maxReports: Infinity });
    for (let i = 50; i < 60; i++) add(i, i % 2 === 0);
    expect(await pending).toEqual(before);
    expect(store.reads.length).toBeGreaterThan(reads);
    expect(await lean.queryAsync(q, { maxReports: Infinity })).toEqual(full.query(q, { maxReports: Infinity }));
  });

  it('fills the cache in the background on a cold start, and a query missing many texts waits for it instead of reading them', async () => {
    const { rand, texts, store, lean, full, folded, add } = build(9, 300);
    for (let i = 0; i < 300; i++) add(i);
    const cold = new SearchIndex();
    cold.setTextSource(store, 1e9);
    cold.load(lean.export().docs, lean.export().segments);
    const stored = [...store.texts].map(([id, text]) => ({ id, v: SEARCH_INDEX_VERSION, ...text }));
    let offered = 0;
    cold.warm(async (offer) => {
      for (let from = 0; from < stored.length; from += 50) {
        await new Promise((r) => setTimeout(r, 1));
        offered++;
        if (!offer(stored.slice(from, from + 50))) return;
      }
    });
    const reads = store.reads.length;
    expect(await cold.queryAsync('ab', { maxReports: Infinity })).toEqual(full.query('ab', { maxReports: Infinity }));
    expect([store.reads.length - reads, offered]).toEqual([0, 6]);
    expect(cold.textStats().cached).toBe(300);
    await same(cold, full, folded, Array.from({ length: 10 }, () => randomQuery(rand, texts)), 1e9);
  });

  it('counts a listed trigram from its postings alone, but reads the text for one that can overlap itself', () => {
    const { lean, store, add, folded } = build(7, 30);
    for (let i = 0; i < 30; i++) add(i);
    const cold = new SearchIndex();
    cold.setTextSource(store, CAPACITY);
    cold.load(lean.export().docs, lean.export().segments);
    // Synchronous and no text in memory: a query that needed one would throw.
    for (const q of ['常委会', '"常委会"', '民主监']) {
      const got = cold.query(q, { maxReports: Infinity, hitsPerReport: 0 });
      const want = bruteForce(folded, q);
      expect(want.hits, q).toBeGreaterThan(5);
      expect([got.hitCount, got.reports.map((r) => r.id).sort()], q).toEqual([want.hits, want.ids]);
    }
    // 员委员 is listed, but 员委员委员 holds it twice to its trigram count and once to Ctrl+F.
    expect(() => cold.query('员委员', { maxReports: Infinity, hitsPerReport: 0 })).toThrow(/no text for report r\d+ in memory/);
  });

  it('says so when a synchronous query would need a text that is not in memory', () => {
    const { lean, store, add } = build(7, 10);
    for (let i = 0; i < 10; i++) add(i);
    const cold = new SearchIndex();
    cold.setTextSource(store, CAPACITY);
    cold.load(lean.export().docs, lean.export().segments);
    expect(() => cold.query('政协', { maxReports: 5 })).toThrow(/no text for report r\d+ in memory/);
  });
});

describe('textCacheBytes', () => {
  it('holds 64 MB of text per GB the device reports, from 128 to 512 MB, and 512 MB when it reports none', async () => {
    const { textCacheBytes } = await import('../../src/search/texts');
    expect([0.5, 2, 4, 8, 16].map((gb) => textCacheBytes(gb) / 1e6)).toEqual([128, 128, 256, 512, 512]);
    expect(textCacheBytes(undefined)).toBe(512e6);
  });
});
