// Outline alignment on variants of the seed reports (as the parser reads them): the known pairing
// must be recovered, deleted and inserted sections must stay gaps, rows must keep both orders.
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { align } from '../../src/compare/index';
import { pairSections } from '../../src/compare/align';
import type { Alignment } from '../../src/compare/types';
import type { ParsedReport } from '../../src/model/report';
import {
  SEEDS, fromTree, makeVariant, rng, scorePairing, seedTree, type Tree, type VariantOptions,
} from '../support/variants';

const trees: Tree[] = SEEDS.map((name) => seedTree(name, 'parsed'));
const NONE: VariantOptions = { shuffles: 0, moves: 0, deletions: 0, insertions: 0, rewords: 0, convert: false };

function variant(k: number, options: Partial<VariantOptions>, seed = 1) {
  return makeVariant(trees[k]!, trees.filter((_, i) => i !== k), rng(seed), { ...NONE, ...options });
}

/** Every heading of each side appears exactly once, and rows not moved follow both reports' orders. */
function expectWellFormed(al: Alignment, a: ParsedReport, b: ParsedReport): void {
  const lefts = al.rows.flatMap((r) => (r.left ? [r.left.index] : []));
  const rights = al.rows.flatMap((r) => (r.right ? [r.right.index] : []));
  expect([...lefts].sort((x, y) => x - y)).toEqual(a.outline.map((_, i) => i));
  expect([...rights].sort((x, y) => x - y)).toEqual(b.outline.map((_, i) => i));
  // A moved section brings its subsections along: they are in place relative to it, not to the report.
  let movedLevel = Infinity;
  const inPlace = al.rows.filter((r) => {
    const level = (r.left ?? r.right)!.level;
    if (level <= movedLevel) movedLevel = Infinity;
    if (r.moved) movedLevel = level;
    return movedLevel === Infinity;
  });
  const order = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
  expect(order(inPlace.flatMap((r) => (r.left ? [r.left.index] : [])))).toBe(true);
  expect(order(inPlace.flatMap((r) => (r.right ? [r.right.index] : [])))).toBe(true);
  for (const r of al.rows) expect(r.score).toBeGreaterThanOrEqual(0), expect(r.score).toBeLessThanOrEqual(1);
}

describe('align on variants of real reports', () => {
  it('seeds were read with an outline', () => {
    for (const t of trees) expect(t.report.outline.length).toBeGreaterThan(10);
  });

  it('pairs >= 95% of level-1 and level-2 sections correctly, with no false pair for deleted or inserted sections', () => {
    let judged = 0, correct = 0, falsePairs = 0, deleted = 0, inserted = 0;
    const misses: string[] = [];
    for (let seed = 1; seed <= 150; seed++) {
      const r = rng(seed * 7919);
      const k = seed % trees.length;
      const options: VariantOptions = {
        shuffles: Math.floor(r() * 4), moves: Math.floor(r() * 3), deletions: Math.floor(r() * 4),
        insertions: Math.floor(r() * 4), rewords: Math.floor(r() * 10), convert: r() < 0.5,
      };
      const v = variant(k, options, seed);
      const p = pairSections(v.a, v.b);
      const outcome = scorePairing(v, p.toB, p.toA);
      judged += outcome.judged; correct += outcome.correct; falsePairs += outcome.falsePairs;
      deleted += v.originsA.filter((o) => !v.originsB.includes(o)).length;
      inserted += v.originsB.filter((o) => !v.originsA.includes(o)).length;
      misses.push(...outcome.misses.map((m) => `seed ${seed}: ${m}`));
      if (seed % 10 === 0) expectWellFormed(align(v.a, v.b), v.a, v.b);
    }
    const share = correct / judged;
    console.log(`compare variants: ${correct}/${judged} level-1/2 sections paired correctly (${(share * 100).toFixed(2)}%); `
      + `${deleted} deleted and ${inserted} inserted sections, ${falsePairs} given a false partner`);
    if (misses.length > 0) console.log(misses.slice(0, 10).join('\n'));
    expect(deleted).toBeGreaterThan(50);
    expect(inserted).toBeGreaterThan(50);
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(falsePairs).toBe(0);
  });

  it('a report against itself: every section same, no changes', () => {
    const v = variant(0, {});
    const al = align(v.a, v.b);
    expect(al.rows.every((r) => r.kind === 'same' && r.left?.index === r.right?.index)).toBe(true);
    expect(al.changes).toEqual([]);
  });

  it('the other script is no change (台灣/臺灣 fold alike)', () => {
    for (const k of [0, 1]) {
      const v = variant(k, { convert: true });
      expect(v.b.outline[1]!.title).not.toBe(v.a.outline[1]!.title);
      const al = align(v.a, v.b);
      expect(al.changes).toEqual([]);
      expect(Math.min(...al.rows.map((r) => r.score))).toBeGreaterThan(0.9);
    }
  });

  it('a deleted section is a removed gap, listed once with its subsections', () => {
    const v = variant(0, { deletions: 1 }, 5);
    const gone = v.a.outline.findIndex((_, i) => !v.originsB.includes(v.originsA[i]!));
    const al = align(v.a, v.b);
    const row = al.rows.find((r) => r.left?.index === gone)!;
    expect(row.right).toBeNull();
    expect(row.kind).toBe('removed');
    expect(al.changes.map((c) => c.left?.index)).toEqual([gone]);
    expectWellFormed(al, v.a, v.b);
  });

  it('a section inserted from another report is an added gap', () => {
    const v = variant(3, { insertions: 1 }, 2);
    const added = v.b.outline.findIndex((_, j) => !v.originsA.includes(v.originsB[j]!));
    expect(added).toBeGreaterThanOrEqual(0);
    const al = align(v.a, v.b);
    expect(al.rows.find((r) => r.right?.index === added)).toMatchObject({ left: null, kind: 'added' });
    expect(al.changes.filter((c) => c.kind !== 'added')).toEqual([]);
  });

  it('a shuffled section is paired and shown as moved; the rest stay in place', () => {
    const base = trees[2]!;
    const nodes = structuredClone(base.nodes);
    const part = nodes[0]!.children;
    part.push(part.shift()!);
    const a = fromTree(base, 'a').report, b = fromTree({ ...base, nodes }, 'b').report;
    const al = align(a, b);
    const moved = al.rows.filter((r) => r.moved);
    expect(moved.map((r) => [r.left?.title, r.right?.title])).toEqual([[part.at(-1)!.title, part.at(-1)!.title]]);
    expect(al.changes.map((c) => c.kind)).toEqual(['moved']);
    expectWellFormed(al, a, b);
  });

  it('a heading reworded over the same text is reworded; renumbering alone is no change', () => {
    const base = trees[3]!;
    const nodes = structuredClone(base.nodes);
    const target = nodes[0]!.children[1]!;
    target.title = '围绕中心大局积极履职';
    for (const [i, n] of nodes[0]!.children.entries()) n.number = String(i + 1);
    const a = fromTree(base, 'a').report, b = fromTree({ ...base, nodes }, 'b').report;
    const al = align(a, b);
    expect(al.changes.map((c) => [c.kind, c.right?.title])).toEqual([['reworded', '围绕中心大局积极履职']]);
  });

  it('a report without headings gives no rows rather than failing', () => {
    const empty: ParsedReport = { ...trees[0]!.report, outline: [] };
    expect(align(empty, trees[1]!.report).rows.every((r) => r.left === null && r.kind === 'added')).toBe(true);
    expect(align(empty, empty)).toEqual({ rows: [], changes: [] });
  });
});

describe('align on seed reports of the same kind', () => {
  const part = (al: Alignment, pattern: RegExp) => al.rows.find((r) => r.left?.level === 1 && pattern.test(r.left.title));

  it('000 against 003 (both 政协 work reports): review parts pair, plan parts pair', () => {
    const al = align(trees[0]!.report, trees[3]!.report);
    expect(part(al, /回顾/)?.right?.title).toMatch(/2019年工作回顾/);
    expect(part(al, /任务/)?.right?.title).toMatch(/2020年工作安排/);
    expectWellFormed(al, trees[0]!.report, trees[3]!.report);
  });

  it('001 (政协) against 002 (人大), both traditional: parts still pair by role', () => {
    const al = align(trees[1]!.report, trees[2]!.report);
    expect(part(al, /回顧/)?.right?.title).toMatch(/過去一年/);
    expect(part(al, /安排/)?.right?.title).toMatch(/主要任務/);
  });

  it('a traditional report against its simplified conversion pairs every section', () => {
    const toS = Converter({ from: 't', to: 'cn' });
    const r = trees[4]!.report;
    const simplified = { ...r, paragraphs: r.paragraphs.map((p) => ({ ...p, text: toS(p.text) })), outline: r.outline.map((h) => ({ ...h, title: toS(h.title) })) };
    const al = align(r, simplified);
    expect(al.changes).toEqual([]);
  });
});

describe('align on huge outlines', () => {
  it('stays bounded on two flat outlines of 3,000 headings each', () => {
    const paragraphs = trees.flatMap((t) => t.report.paragraphs.filter((p) => p.heading === undefined && p.text.length > 30));
    const build = (n: number, shift: number): ParsedReport => {
      const paras: ParsedReport['paragraphs'] = [], outline: ParsedReport['outline'] = [];
      for (let k = 0; k < n; k++) {
        const text = paragraphs[(k + shift) % paragraphs.length]!.text;
        outline.push({ level: 1, number: String(k + 1), title: text.slice(0, 12), para: paras.length, span: [paras.length, paras.length + 2], source: 'numbered' });
        paras.push({ text: text.slice(0, 12), heading: k }, { text });
      }
      return { ...trees[0]!.report, paragraphs: paras, outline, figures: [] };
    };
    const a = build(3000, 0), b = build(3000, 7);
    const started = performance.now();
    const al = align(a, b);
    const ms = performance.now() - started;
    console.log(`align 3,000 x 3,000 flat headings: ${Math.round(ms)} ms, ${al.rows.filter((r) => r.left && r.right).length} pairs`);
    expect(ms).toBeLessThan(20_000); // generous: the machine is shared; ~1.5 s when busy
    expectWellFormed(al, a, b);
    expect(al.rows.filter((r) => r.left && r.right).length).toBeGreaterThan(2500);
  }, 60_000);
});
