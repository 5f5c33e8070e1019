// The body-text index against the brute-force reference: random corpora over a small alphabet (so
// words repeat, overlap and straddle sections), in simplified and traditional script, random queries
// (single characters, pairs, longer words, phrases with spaces, Latin prefixes, exclusions), with
// reports deleted and imported again between commits, so segments merge, compact and skip the dead.
import { describe, expect, it } from 'vitest';
import { headText } from '../../src/search/doc';
import { SearchIndex } from '../../src/search/index';
import { countsAt, decodeInto, FULL_UNIT, keyCost, lookup, pairKey, PostingList, PostingWriter, type Segment } from '../../src/search/postings';
import { SegmentBuilder } from '../../src/search/segment-build';
import { mergeSegments } from '../../src/search/segment-merge';
import { occurrences } from '../../src/search/match';
import { parseQuery } from '../../src/search/query-parse';
import { idfs, scoreDoc } from '../../src/search/rank';
import { foldForMatch } from '../../src/text/fold';
import { bruteForce, randomQuery, randomReport, rng } from '../support/search-random';

/** A report's score from the brute-force counts: in its text, in its title line, in its other headings. */
function bruteScore(index: SearchIndex, folded: Map<string, string>, q: string, id: string, matched: number): number {
  const { include } = parseQuery(q);
  const weights = idfs(matched, folded.size, include.length);
  const head = headText(index.exportDoc(id)!);
  const titleEnd = head.indexOf('\n');
  const at = (t: (typeof include)[number]) => occurrences(head, t).map(([s]) => s);
  return scoreDoc({
    tf: include.map((t) => occurrences(folded.get(id)!, t).length),
    title: include.map((t) => at(t).filter((s) => s < titleEnd).length),
    heading: include.map((t) => at(t).filter((s) => s > titleEnd).length),
  }, weights);
}

function check(index: SearchIndex, folded: Map<string, string>, queries: string[]): void {
  for (const q of queries) {
    const want = bruteForce(folded, q);
    const got = index.query(q, { maxReports: Infinity, hitsPerReport: 1 });
    expect(got.reports.map((r) => r.id).sort(), q).toEqual(want.ids);
    expect(got.hitCount, q).toBe(want.hits);
    // Scores (title and heading counts read one report at a time, or all headings at once) and their order.
    expect(got.reports.map((r) => r.score), q).toEqual(got.reports.map((r) => bruteScore(index, folded, q, r.id, want.ids.length)));
    expect(got.reports.every((r, i) => i === 0 || got.reports[i - 1]!.score >= r.score), q).toBe(true);
    for (const r of got.reports) expect(r.hits.length, q).toBe(1);
    // The top few, ranked without reading every report's headings, are the full ranking's first few.
    const top = index.query(q, { maxReports: 3, hitsPerReport: 1 });
    expect(top.reports.map((r) => [r.id, r.score]), q).toEqual(got.reports.slice(0, 3).map((r) => [r.id, r.score]));
    expect([top.hitCount, top.reportCount], q).toEqual([got.hitCount, got.reportCount]);
  }
}

describe('body-text index against brute force', () => {
  // Seed 3 holds enough reports that common words rank by one scan of all headings (rank-top.ts).
  for (const [seed, size] of [[1, 60], [2, 60], [3, 150]] as const) {
    it(`answers random queries exactly through adds, deletes, re-imports and a reload (seed ${seed})`, () => {
      const rand = rng(seed);
      const reports = Array.from({ length: size }, (_, i) => randomReport(rand, i));
      const texts = reports.flatMap((r) => r.paragraphs.map((p) => p.text));
      const index = new SearchIndex();
      const folded = new Map<string, string>();
      const add = (i: number) => {
        index.add(`r${i}`, reports[i]!);
        folded.set(`r${i}`, foldForMatch(reports[i]!.paragraphs.map((p) => p.text).join('\n')));
      };
      // One report per commit: many small segments, merged in tiers.
      reports.forEach((_, i) => { add(i); if (i % 2) index.commit(); });
      check(index, folded, Array.from({ length: 60 }, () => randomQuery(rand, texts)));
      // Delete most of the early reports (their segments compact), re-import some with other text.
      for (let i = 0; i < 40; i++) if (i % 4 !== 0) { index.remove(`r${i}`); folded.delete(`r${i}`); }
      index.commit();
      for (let i = 0; i < 40; i += 3) { reports[i] = randomReport(rand, i); add(i); }
      check(index, folded, Array.from({ length: 60 }, () => randomQuery(rand, texts)));
      const loaded = SearchIndex.load(structuredClone(index.export()))!;
      check(loaded, folded, Array.from({ length: 40 }, () => randomQuery(rand, texts)));
    });
  }

  it('counts hits in section scope only where every word meets in one section', () => {
    const rand = rng(9);
    const reports = Array.from({ length: 30 }, (_, i) => randomReport(rand, i));
    const index = new SearchIndex();
    reports.forEach((r, i) => index.add(`r${i}`, r));
    for (const q of ['政协 委员', '民主 -监督', '会议 提案']) {
      const whole = index.query(q, { maxReports: Infinity, hitsPerReport: Infinity });
      const scoped = index.query(q, { maxReports: Infinity, hitsPerReport: Infinity, scope: 'section' });
      expect(scoped.reportCount).toBeLessThanOrEqual(whole.reportCount);
      for (const r of scoped.reports) {
        const bySection = new Map<number, Set<string>>();
        for (const h of r.hits) bySection.set(h.section, (bySection.get(h.section) ?? new Set()).add(foldForMatch(h.snippet.text.slice(h.snippet.marks[0]![0], h.snippet.marks[0]![1]))));
        const words = parseQuery(q).include.map((t) => t.text);
        for (const found of bySection.values()) expect(words.every((w) => found.has(w)), q).toBe(true);
      }
    }
  });
});

describe('postings bytes', () => {
  it('decode what was written: gaps and counts of every size, one byte for a small gap and count', () => {
    const rand = rng(5);
    const secs: number[] = [];
    const counts: number[] = [];
    let sec = 10;
    for (let i = 0; i < 2000; i++) {
      sec += [0, 1, 31, 32, 200, 20000, 3_000_000][Math.floor(rand() * 7)]! + (i === 0 ? 0 : 1);
      secs.push(sec);
      counts.push([1, 2, 3, 4, 5, 130, 70000][Math.floor(rand() * 7)]!);
    }
    const w = new PostingWriter();
    let prev = 10;
    secs.forEach((s, i) => { w.posting(s - prev, counts[i]!); prev = s; });
    const data = w.bytes();
    const seg = { firstSec: 10, endSec: sec + 1, keys: Uint32Array.of(7), offs: Uint32Array.of(0, data.length), data };
    const out = new PostingList();
    decodeInto(seg, 0, out);
    expect(Array.from(out.secs.subarray(0, out.n))).toEqual(secs);
    expect(Array.from(out.counts.subarray(0, out.n))).toEqual(counts);
    const one = new PostingWriter();
    one.posting(31, 3);
    expect(one.len).toBe(1);
  });

  it('keys pairs with punctuation (so two units are counted exactly), never pairs with spaces', () => {
    expect(pairKey(0x653f, 0xff0c)).not.toBe(pairKey(0x653f, 0x3002));
    expect(pairKey(0x653f, 0x20)).toBeNull();
    expect(pairKey(0x3000, 0x653f)).toBeNull();
    expect(pairKey(0x653f, 0x534f)).toBe(((0x653f << 16) | 0x534f) >>> 0);
  });

  it("counts a unit in full from its own list (where no pair starts) and the pairs it starts, across segments", () => {
    const rand = rng(9);
    // Units that end sections, stand before spaces and line breaks, never pair (U+3000), or are surrogates.
    const alphabet = ['政', '协', '，', '。', ' ', '\n', '\u3000', '\ud840', '\udc00', 'a', '1'];
    const sections = Array.from({ length: 300 }, () => Array.from({ length: Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]!).join(''));
    const segments: Segment[] = [];
    const builder = new SegmentBuilder();
    sections.forEach((text, sec) => {
      builder.addSection(sec, text, 0, text.length);
      if (sec % 70 === 69) segments.push(...builder.sealAll());
    });
    segments.push(...builder.sealAll());
    const live = (sec: number) => sec % 7 !== 3;
    const every = Int32Array.from(sections.keys());
    for (const unit of new Set([...alphabet.join('')].map((c) => c.charCodeAt(0)).filter((c) => c > 0x20))) {
      const plain = sections.map((t) => [...t].filter((c) => c.charCodeAt(0) === unit).length);
      const list = new PostingList();
      lookup(segments, unit, list, live);
      const want = plain.flatMap((n, sec) => (n > 0 && live(sec) ? [[sec, n]] : []));
      expect(Array.from(list.secs.subarray(0, list.n), (sec, p) => [sec, list.counts[p]!]), String.fromCharCode(unit)).toEqual(want);
      expect([...countsAt(segments, unit, every, 0, every.length, new Int32Array(every.length))]).toEqual(plain);
      expect(keyCost(segments, unit)).toBeGreaterThanOrEqual(plain.filter((n) => n > 0).length);
    }
  });

  it("counts a unit by its full list where a segment has one, and from its pairs once a merge drops it", () => {
    // '、' before a hundred different units: a full list; before one unit only: none.
    const many = Array.from({ length: 40 }, (_, k) => Array.from({ length: 6 }, (_, j) => `、${String.fromCharCode(0x4e00 + ((k * 6 + j) % 100))}`).join(''));
    const few = Array.from({ length: 40 }, () => '、政、政、');
    const build = (texts: string[], base: number) => {
      const b = new SegmentBuilder();
      texts.forEach((t, i) => b.addSection(base + i, t, 0, t.length));
      return b.sealAll()[0]!;
    };
    const full = FULL_UNIT + 0x3001;
    const a = build(many, 0);
    const b = build(few, 40);
    expect(a.keys.includes(full)).toBe(true);
    expect(b.keys.includes(full)).toBe(false);
    const plain = [...many, ...few].map((t) => t.split('、').length - 1);
    const every = Int32Array.from(plain.keys());
    const merged = mergeSegments([a, b], () => true);
    expect(merged.keys.includes(full)).toBe(false);
    expect(mergeSegments([a, build(many, 40)], () => true).keys.includes(full)).toBe(true);
    for (const segs of [[a, b], [merged]]) {
      const list = new PostingList();
      lookup(segs, 0x3001, list);
      expect(Array.from(list.counts.subarray(0, list.n))).toEqual(plain);
      expect([...countsAt(segs, 0x3001, every, 0, every.length, new Int32Array(every.length))]).toEqual(plain);
    }
    // The full list is read instead of the pairs: it costs a fraction of them.
    expect(keyCost([a], 0x3001)).toBeLessThan(keyCost([merged], 0x3001) / 2);
  });
});

/** A segment over [first, end) with random keys, gaps and counts of every size (multi-byte varints too). */
function randomSegment(rand: () => number, first: number, end: number): Segment {
  const keys = [...new Set(Array.from({ length: 40 }, () => Math.floor(rand() * 60)))].sort((a, b) => a - b);
  const w = new PostingWriter();
  const offs: number[] = [];
  for (const _ of keys) {
    offs.push(w.len);
    let prev = first;
    for (let sec = first + Math.floor(rand() * 3); sec < end; sec += 1 + [0, 2, 40, 300, 20000][Math.floor(rand() * 5)]!) {
      w.posting(sec - prev, [1, 2, 3, 4, 5, 130, 70000][Math.floor(rand() * 7)]!);
      prev = sec;
    }
  }
  offs.push(w.len);
  return { firstSec: first, endSec: end, keys: Uint32Array.from(keys), offs: Uint32Array.from(offs), data: w.bytes(), unread: null };
}

/** The plain merge: decode every list (live sections only) and write it again. */
function referenceMerge(segs: Segment[], live: (sec: number) => boolean): Segment {
  const keys = [...new Set(segs.flatMap((s) => [...s.keys]))].sort((a, b) => a - b);
  const w = new PostingWriter();
  const out: number[] = [];
  const offs: number[] = [];
  for (const key of keys) {
    const list = new PostingList();
    for (const s of segs) { const i = s.keys.indexOf(key); if (i >= 0) decodeInto(s, i, list, live); }
    if (list.n === 0) continue;
    out.push(key);
    offs.push(w.len);
    let prev = segs[0]!.firstSec;
    for (let p = 0; p < list.n; p++) { w.posting(list.secs[p]! - prev, list.counts[p]!); prev = list.secs[p]!; }
  }
  offs.push(w.len);
  return { firstSec: segs[0]!.firstSec, endSec: segs.at(-1)!.endSec, keys: Uint32Array.from(out), offs: Uint32Array.from(offs), data: w.bytes(), unread: null };
}

describe('merging segments', () => {
  it('writes the same bytes as decoding and re-encoding, with and without dead sections', () => {
    const rand = rng(8);
    for (let trial = 0; trial < 60; trial++) {
      const segs: Segment[] = [];
      let first = 5;
      for (let k = 0; k < 1 + Math.floor(rand() * 8); k++) {
        const end = first + 1 + Math.floor(rand() * 100_000);
        segs.push(randomSegment(rand, first, end));
        first = end;
      }
      const deadShare = [0, 0.01, 0.5][trial % 3]!;
      // Dead sections among those with postings, in about half the segments.
      const dead = new Set<number>();
      for (const s of segs.filter(() => rand() < 0.5)) {
        const list = new PostingList();
        s.keys.forEach((_, i) => decodeInto(s, i, list));
        for (const sec of list.secs.subarray(0, list.n)) if (rand() < deadShare) dead.add(sec);
      }
      const live = (sec: number) => !dead.has(sec);
      expect(mergeSegments(segs, live)).toEqual(referenceMerge(segs, live));
    }
  });
});

