// Sealing sections into a postings segment against a plain count: every key of every section (each
// unit above U+0020, each pair of visible units, each listed trigram) with its exact count, over batches large enough to
// grow every table of the builder, sections of one unit up to thousands, repeated units (counts of
// every varint size) and gaps between sections of every size; batches too large for one segment
// (65,536 sections, 2^22 key occurrences) seal early into adjacent segments.
import { describe, expect, it } from 'vitest';
import { decodeInto, FULL_UNIT, pairKey, PostingList, type Segment } from '../../src/search/postings';
import { FULL_MIN, FULL_RATIO, SegmentBuilder } from '../../src/search/segment-build';
import { mergeSegments } from '../../src/search/segment-merge';
import { isTrigramKey, trigramKey } from '../../src/search/trigrams';

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** key -> [section, count][] for the sections given, counted one unit at a time. */
function plainCounts(sections: [number, string][]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  for (const [sec, text] of sections) {
    const here = new Map<number, number>();
    const bump = (k: number) => here.set(k, (here.get(k) ?? 0) + 1);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A unit's own list counts it where no pair starts at it (the pairs it starts hold the rest).
      if (c > 0x20 && (i + 1 === text.length || pairKey(c, text.charCodeAt(i + 1)) === null)) bump(c);
      const pair = i > 0 ? pairKey(text.charCodeAt(i - 1), c) : null;
      if (pair !== null) bump(pair);
      // A listed trigram of three visible units has a list of its own.
      if (pair !== null && i > 1 && pairKey(text.charCodeAt(i - 2), text.charCodeAt(i - 1)) !== null) {
        const tri = trigramKey(text.charCodeAt(i - 2), text.charCodeAt(i - 1), c);
        if (tri >= 0) bump(tri);
      }
    }
    for (const [k, n] of here) {
      const list = out.get(k);
      if (list) list.push([sec, n]);
      else out.set(k, [[sec, n]]);
    }
  }
  return out;
}

function decoded(segs: Segment[], sections: [number, string][]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  for (const seg of segs) {
    expect([...seg.keys]).toEqual([...seg.keys].sort((a, b) => a - b));
    seg.keys.forEach((key, i) => {
      const list = new PostingList();
      decodeInto(seg, i, list);
      const got = Array.from(list.secs.subarray(0, list.n), (s, p): [number, number] => [s, list.counts[p]!]);
      for (const [s] of got) expect(s >= seg.firstSec && s < seg.endSec).toBe(true);
      if (key >= FULL_UNIT && key < 2 * FULL_UNIT) {
        // A unit's full list: every occurrence, in every section of its segment that holds the unit.
        const unit = String.fromCharCode(key - FULL_UNIT);
        const want = sections.flatMap(([sec, text]): [number, number][] => {
          const n = text.split(unit).length - 1;
          return sec >= seg.firstSec && sec < seg.endSec && n > 0 ? [[sec, n]] : [];
        });
        expect(got, `full list of ${unit}`).toEqual(want);
        return;
      }
      const have = out.get(key);
      if (have) have.push(...got);
      else out.set(key, got);
    });
  }
  return out;
}

/** The units that get a full list, from the plain counts: in FULL_MIN sections or more, own and pair postings over FULL_RATIO a section. */
function fullListUnits(sections: [number, string][]): number[] {
  const plain = plainCounts(sections);
  const postings = new Map<number, number>();
  for (const [key, list] of plain) {
    // Keys below FULL_UNIT are units' own lists; pairs' keys are first unit << 16 | second unit, from 0x210000.
    const unit = key < FULL_UNIT ? key : key >= 0x210000 ? key >>> 16 : -1;
    if (unit >= 0) postings.set(unit, (postings.get(unit) ?? 0) + list.length);
  }
  const out: number[] = [];
  for (const [unit, n] of postings) {
    const holding = sections.filter(([, text]) => text.includes(String.fromCharCode(unit))).length;
    if (holding >= FULL_MIN && n > FULL_RATIO * holding) out.push(unit);
  }
  return out.sort((a, b) => a - b);
}

function randomText(rand: () => number, length: number): string {
  // A few common units (long runs, large counts), many rare ones (thousands of distinct pairs), spaces, surrogates.
  const pick = () => {
    const r = rand();
    if (r < 0.3) return '政协工作，。 '[Math.floor(rand() * 7)]!;
    if (r < 0.33) return ['常委会', '高质量', '民主监督'][Math.floor(rand() * 3)]!;
    if (r < 0.35) return '\u{20000}';
    if (r < 0.4) return '\n';
    return String.fromCharCode(0x4e00 + Math.floor(rand() * 6000));
  };
  let s = '';
  while (s.length < length) s += rand() < 0.02 ? '的'.repeat(1 + Math.floor(rand() * 300)) : pick();
  return s;
}

describe('sealing a segment', () => {
  it('holds exactly the keys and counts of every section, across batches that grow every table', () => {
    const rand = rng(4);
    const builder = new SegmentBuilder();
    let sec = 3;
    for (let batch = 0; batch < 4; batch++) {
      const sections: [number, string][] = [];
      for (let k = 0; k < 40 + batch * 30; k++) {
        const text = randomText(rand, [1, 2, 50, 400, 3000][Math.floor(rand() * 5)]!);
        // The builder reads a slice of a larger text, as it reads a section of a report.
        const padded = `头${text}尾`;
        builder.addSection(sec, padded, 1, padded.length - 1);
        sections.push([sec, text]);
        sec += 1 + [0, 0, 5, 40, 3000][Math.floor(rand() * 5)]!;
      }
      const segs = builder.sealAll();
      expect(segs.length).toBe(1);
      expect([segs[0]!.firstSec, segs[0]!.endSec]).toEqual([sections[0]![0], sections.at(-1)![0] + 1]);
      expect(decoded(segs, sections)).toEqual(plainCounts(sections));
      // '，' and '。' start pairs with thousands of different units: they have full lists too.
      const full = [...segs[0]!.keys].filter((k) => k >= FULL_UNIT && k < 2 * FULL_UNIT).map((k) => k - FULL_UNIT);
      expect(full.map((u) => String.fromCharCode(u))).toEqual(expect.arrayContaining(['，', '。']));
      // Exactly the units whose own list and pairs hold over FULL_RATIO postings per section they stand in.
      expect(full).toEqual(fullListUnits(sections));
      // 常委会, 政协工 and the like have lists of their own.
      expect([...segs[0]!.keys].filter(isTrigramKey).length).toBeGreaterThan(3);
      // Memory given back between imports: the next batch grows fresh tables and counts the same.
      if (batch % 2 === 1) builder.release();
    }
    expect(builder.sealAll()).toEqual([]);
  });

  it('counts a unit\'s own postings with its pairs\' when choosing full lists', () => {
    // 甲 stands alone (before a space) and starts two pairs in each section: three postings a section,
    // over FULL_RATIO only with its own list counted.
    const sections: [number, string][] = Array.from({ length: FULL_MIN + 2 }, (_, i) => [i * 3, '甲 甲乙甲丙']);
    const builder = new SegmentBuilder();
    for (const [sec, text] of sections) builder.addSection(sec, text, 0, text.length);
    const segs = builder.sealAll();
    expect(decoded(segs, sections)).toEqual(plainCounts(sections));
    expect([...segs[0]!.keys]).toContain(FULL_UNIT + '甲'.charCodeAt(0));
    expect([...segs[0]!.keys].filter((k) => k >= FULL_UNIT && k < 2 * FULL_UNIT).map((k) => k - FULL_UNIT)).toEqual(fullListUnits(sections));
  });

  it('keeps what waits to be sealed when asked to give memory back', () => {
    const builder = new SegmentBuilder();
    builder.addSection(0, '政协工作', 0, 4);
    builder.release();
    builder.addSection(1, '工作报告', 0, 4);
    const sections: [number, string][] = [[0, '政协工作'], [1, '工作报告']];
    expect(decoded(builder.sealAll(), sections)).toEqual(plainCounts(sections));
  });

  it('seals early, into adjacent segments holding the same postings, past 65,536 sections or 2^22 key occurrences', () => {
    const rand = rng(11);
    const cases: [number, () => string][] = [
      // Many one-unit sections (section ordinals take 16 bits), then a few huge ones (occurrences).
      [70_000, () => randomText(rand, 1 + Math.floor(rand() * 3))],
      [2, () => Array.from({ length: 1_100_000 }, () => '政协工作报告会议委员提案，。'[Math.floor(rand() * 14)]).join('')],
    ];
    for (const [count, make] of cases) {
      const builder = new SegmentBuilder();
      const sections: [number, string][] = [];
      for (let k = 0; k < count; k++) {
        const text = make();
        builder.addSection(5 + 2 * k, text, 0, text.length);
        sections.push([5 + 2 * k, text]);
      }
      const segs = builder.sealAll();
      expect(segs.length).toBe(2);
      expect(segs[0]!.firstSec).toBe(5);
      expect(segs[0]!.endSec).toBe(segs[1]!.firstSec - 1);
      expect(segs[1]!.endSec).toBe(5 + 2 * (count - 1) + 1);
      expect(decoded(segs, sections)).toEqual(plainCounts(sections));
    }
  });
});

describe('merging segments built in this session', () => {
  // Built and merged segments know each key's last section (segment-lasts.ts); a stored copy does
  // not, and its merge reads the bytes: both must give the same segment, at every level of merging.
  const copy = (s: Segment): Segment => ({ firstSec: s.firstSec, endSec: s.endSec, keys: s.keys.slice(), offs: s.offs.slice(), data: s.data.slice() });
  it('gives the same bytes as merging stored copies, with and without dead sections, two levels deep', () => {
    const rand = rng(9);
    const builder = new SegmentBuilder();
    let sec = 0;
    const built: Segment[] = [];
    const sections: [number, string][] = [];
    for (let batch = 0; batch < 8; batch++) {
      for (let k = 0; k < 20; k++) {
        const text = randomText(rand, [1, 30, 400][Math.floor(rand() * 3)]!);
        builder.addSection(sec, text, 0, text.length);
        sections.push([sec, text]);
        sec += 1 + [0, 0, 7, 300][Math.floor(rand() * 4)]!;
      }
      built.push(...builder.sealAll());
    }
    for (const deadEvery of [0, 5]) {
      const live = (s: number) => deadEvery === 0 || s % deadEvery !== 0;
      const level1 = [mergeSegments(built.slice(0, 4), live), mergeSegments(built.slice(4), live)];
      const level1Stored = [mergeSegments(built.slice(0, 4).map(copy), live), mergeSegments(built.slice(4).map(copy), live)];
      expect(level1).toEqual(level1Stored);
      const top = mergeSegments(level1, () => true);
      expect(top).toEqual(mergeSegments(level1Stored.map(copy), () => true));
      const alive = sections.filter(([s]) => live(s));
      expect(decoded([top], alive)).toEqual(plainCounts(alive));
    }
  });
});
