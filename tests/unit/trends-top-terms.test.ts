// Top terms counted the fast way (gram-codes, gram-table, gram-count) against the slow reference kept
// here: the code top-terms.ts had before, counting every gram in Maps. Whole top-N lists (term, count,
// rate, order) must be equal on the fixtures, on a shuffled and merged library, past the dense bigram
// table and the alphabet's cap, on random texts small enough to tie and to need retries, and as the
// trends worker answers (profiles kept per report).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReport } from '../../src/parse/index';
import { foldForMatch } from '../../src/text/fold';
import { topTerms, type TopTerm } from '../../src/trends/top-terms';
import { GramTable } from '../../src/trends/gram-table';
import { answer, cacheReport } from '../../src/worker/trends-cache';
import { DEFAULT_STOP_WORDS, EDGE_STOP_CHARS } from '../../src/trends/stop-words';
import { isFragment, tallyAdd, type Candidate, type Junction } from '../../src/trends/gram-context';

const B = 8192;

/** The reference: every 2-4 gram counted in a Map, as top-terms.ts did before counting only what can matter. */
function referenceTopTerms(folded: readonly string[], stop: ReadonlySet<string>, limit: number): TopTerm[] {
  const chars = [''];
  const index = new Map<number, number>();
  const of = (code: number) => {
    if (code < 0x3400 || code > 0x9fff) return 0;
    let i = index.get(code) ?? 0;
    if (!i && chars.length < B) { i = chars.length; index.set(code, i); chars.push(String.fromCharCode(code)); }
    return i;
  };
  const indices = (text: string) => Array.from(text, (_, k) => of(text.charCodeAt(k)));
  const keyOf = (word: string) => {
    let key = 0;
    for (let k = 0; k < word.length; k++) { const i = of(word.charCodeAt(k)); if (!i) return null; key = key * B + i; }
    return key;
  };
  const decode = (key: number, n: number) => Array.from({ length: n }, (_, k) => chars[Math.floor(key / B ** (n - 1 - k)) % B]).join('');
  const edge = new Set([...EDGE_STOP_CHARS].map((ch) => of(ch.charCodeAt(0))));
  const stopKeys = new Set([...stop].map(keyOf).filter((k) => k !== null));
  const coded = folded.map(indices);
  const counts = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  for (const idx of coded) {
    for (let i = 0; i < idx.length; i++) {
      if (!idx[i] || edge.has(idx[i]!)) continue;
      let key = idx[i]!;
      for (let n = 2; n <= 4 && i + n <= idx.length && idx[i + n - 1]; n++) {
        key = key * B + idx[i + n - 1]!;
        if (!edge.has(idx[i + n - 1]!)) counts[n - 2]!.set(key, (counts[n - 2]!.get(key) ?? 0) + 1);
      }
    }
  }
  const length = folded.reduce((n, t) => n + t.length, 0);
  const junction = (c: Candidate): Junction => ({
    count: (side, x) => counts[0]!.get(side ? (c.key % B) * B + x : x * B + Math.floor(c.key / B ** (c.n - 1))) ?? 0,
    holder: (side, x) => (side ? decode(c.key, c.n) + chars[x] : chars[x] + decode(c.key, c.n)),
  });
  for (let want = limit * 4 + 40; ; want *= 4) {
    const sorted = counts.flatMap((m, n) => [...m].map(([key, count]) => ({ key, n: n + 2, count })));
    const ranked = sorted.map((g) => Math.min(g.count, 4095)).sort((a, b) => b - a);
    const floor = Math.max(2, ranked.length >= want ? ranked[want - 1]! : 2);
    const cands: Candidate[] = sorted.filter((g) => g.count >= floor && !stopKeys.has(g.key)).map((g) => ({ ...g, left: new Map(), right: new Map() }));
    cands.sort((a, b) => b.count - a.count || b.n - a.n || a.key - b.key);
    const byKey = new Map(cands.map((c) => [`${c.n}:${c.key}`, c]));
    counts.slice(1).forEach((m, i) => {
      for (const [key, k] of m) {
        const head = byKey.get(`${i + 2}:${Math.floor(key / B)}`);
        if (head) tallyAdd(head.right, key % B, k);
        const tail = byKey.get(`${i + 2}:${key % B ** (i + 2)}`);
        if (tail) tallyAdd(tail.left, Math.floor(key / B ** (i + 2)), k);
      }
    });
    for (const idx of coded) {
      for (let i = 0; i + 4 <= idx.length; i++) {
        const c = byKey.get(`4:${((idx[i]! * B + idx[i + 1]!) * B + idx[i + 2]!) * B + idx[i + 3]!}`);
        if (!c) continue;
        if (i > 0 && idx[i - 1] && !edge.has(idx[i - 1]!)) tallyAdd(c.left, idx[i - 1]!);
        if (idx[i + 4] && !edge.has(idx[i + 4]!)) tallyAdd(c.right, idx[i + 4]!);
      }
    }
    const kept = cands.filter((c) => c.count >= 2 && !isFragment(c, 4, junction(c)));
    if (kept.length >= limit || floor <= 2) return kept.slice(0, limit).map((c) => ({ term: decode(c.key, c.n), count: c.count, per10k: length ? (c.count * 10000) / length : 0 }));
  }
}

const DIR = join(import.meta.dirname, '../fixtures');
const reports = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const r = parseReport(readFileSync(join(DIR, f)), f);
  if (!r.ok) throw new Error(r.error);
  return r.report;
});
const fixtures: string[] = reports.map((r) => foldForMatch(r.paragraphs.map((p) => p.text).join('\n')));
const STOP = new Set(DEFAULT_STOP_WORDS.map(foldForMatch));

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const rand = () => { s = (s + 0x6d2b79f5) >>> 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32; };
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

/** Both ways (first try above the floor, and straight from the floor) against the reference. */
function expectSame(texts: readonly string[], stop: ReadonlySet<string>, limit: number, label: string): TopTerm[] {
  const want = referenceTopTerms(texts, stop, limit);
  expect(topTerms(texts, stop, limit), label).toEqual(want);
  expect(topTerms(texts, stop, limit, false), `${label}, from the floor`).toEqual(want);
  return want;
}

describe('top terms equal the every-gram reference', () => {
  it('on each fixture and on all of them, with and without the stop list', () => {
    for (const limit of [10, 40, 120]) {
      fixtures.forEach((text, i) => expect(expectSame([text], STOP, limit, `fixture ${i} top ${limit}`).length).toBeGreaterThan(Math.min(limit, 30) - 1));
      expectSame(fixtures, STOP, limit, `all fixtures top ${limit}`);
      expectSame(fixtures, new Set(), limit, `all fixtures, no stop list, top ${limit}`);
    }
  });

  it('on a library of shuffled paragraphs merged into reports of uneven length', () => {
    const paragraphs = fixtures.flatMap((t) => t.split('\n')).filter(Boolean);
    for (const seed of [1, 2, 3]) {
      const order = shuffled([...paragraphs, ...paragraphs, ...paragraphs], seed);
      const reports: string[] = [];
      for (let i = 0, size = 5; i < order.length; i += size, size = 3 + ((size * 7) % 40)) reports.push(order.slice(i, i + size).join('\n'));
      const top = expectSame(reports, STOP, 40, `seed ${seed}`);
      expect(top.length).toBe(40);
      expectSame(reports.slice(0, 4), STOP, 40, `seed ${seed}, four reports`);
    }
  });

  it('past the dense bigram table (over 2,048 characters) and past the alphabet (over 8,191)', () => {
    const rare = (from: number, n: number, step: number) => Array.from({ length: n }, (_, k) => String.fromCharCode(from + ((k * step) % n))).join('');
    const wide = fixtures[0]! + rare(0x4e00, 3000, 7) + rare(0x4e00, 3000, 11) + fixtures[1]!;
    expectSame([wide], STOP, 40, 'wide alphabet');
    const full = rare(0x3400, 9000, 1) + fixtures[2]! + rare(0x5800, 2000, 3);
    expectSame([full, fixtures[3]!], STOP, 40, 'alphabet full');
  });

  it('on random texts over a few characters (ties, particles, punctuation, retries)', () => {
    const unit = fc.constantFrom(...'提案协商委员会常政市的了和，。a');
    fc.assert(fc.property(fc.array(fc.string({ unit, maxLength: 300 }), { minLength: 1, maxLength: 4 }), fc.array(fc.string({ unit, minLength: 1, maxLength: 4 }), { maxLength: 5 }), fc.integer({ min: 1, max: 25 }),
      (texts, stop, limit) => {
        expect(topTerms(texts, new Set(stop), limit)).toEqual(referenceTopTerms(texts, new Set(stop), limit));
      }), { numRuns: 300 });
  });

  it('on random texts made of a few longer words (frequent bigrams mostly fragments: the first try falls short)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'提案协商委员会常政市民主监督调研'), minLength: 3, maxLength: 5 });
    const glue = fc.constantFrom('的', '和', '，', '。', '在', '');
    const text = fc.array(fc.tuple(fc.nat(), glue), { minLength: 20, maxLength: 200 });
    fc.assert(fc.property(fc.array(word, { minLength: 3, maxLength: 12 }), fc.array(text, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 12 }),
      (words, parts, limit) => {
        const texts = parts.map((p) => p.map(([i, g]) => words[i % words.length]! + g).join(''));
        const want = referenceTopTerms(texts, STOP, limit);
        expect(topTerms(texts, STOP, limit)).toEqual(want);
        expect(topTerms(texts, STOP, limit, false)).toEqual(want);
      }), { numRuns: 200 });
  });
});

describe('the trends worker', () => {
  it('answers top terms of the library, a set of reports and one report as the reference does, and re-profiles a changed text', () => {
    const entries = reports.map((r, i) => cacheReport(`r${i}`, '', r));
    const ask = (reportIds: string[] | null) => answer(entries, { type: 'top-terms', id: 1, reportIds, stop: [...DEFAULT_STOP_WORDS], limit: 40 });
    for (const ids of [null, ['r1', 'r3'], ['r2']]) {
      const texts = entries.filter((e) => !ids || ids.includes(e.doc.id)).map((e) => e.doc.folded);
      expect(ask(ids)).toMatchObject({ kind: 'top-terms', terms: referenceTopTerms(texts, STOP, 40), reports: texts.length, length: texts.join('').length });
    }
    expect(entries.every((e) => e.chars?.text === e.doc.folded)).toBe(true);
    entries[0]!.doc = { ...entries[0]!.doc, folded: fixtures[4]! };
    expect(ask(['r0'])).toMatchObject({ terms: referenceTopTerms([fixtures[4]!], STOP, 40) });
  });
});

describe('GramTable', () => {
  it('counts like a Map through growth, keys up to 52 bits', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 5 })), { maxLength: 2000 }), (adds) => {
      const table = new GramTable(4);
      const map = new Map<number, number>();
      for (const [k, by] of adds) {
        const key = k % 2 ? k * B ** 3 + 17 : k;
        table.add(key, by);
        map.set(key, (map.get(key) ?? 0) + by);
      }
      const seen = new Map<number, number>();
      table.forEach((k, c) => seen.set(k, c));
      expect(seen).toEqual(map);
      expect(table.size).toBe(map.size);
      expect(table.get(B ** 4 - 1)).toBe(0);
    }));
  });
});

