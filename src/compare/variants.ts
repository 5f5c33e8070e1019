// Synthetic variants of a report with a known pairing, for measuring alignment (tests and the
// bench): sections shuffled, moved under another parent, deleted, inserted from another report,
// headings reworded and renumbered, script converted. Every section remembers where it came from.
import { Converter } from 'opencc-js';
import { foldForMatch } from '../text/fold';
import type { ParsedReport } from '../model/report';
import { fromTree, numeral, type Node, type Tree } from './variant-tree';

export type Rng = () => number;
/** Small deterministic generator (mulberry32) so a failing variant can be replayed. */
export function rng(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Rng, xs: T[]): T => xs[Math.floor(r() * xs.length)]!;

function clone(nodes: Node[]): Node[] {
  return nodes.map((n) => ({ ...n, paras: [...n.paras], children: clone(n.children) }));
}

/** Every [parent list, index] pair for nodes at a level, so edits can splice in place. */
function slots(nodes: Node[], level: number, out: Array<[Node[], number]> = []): Array<[Node[], number]> {
  nodes.forEach((n, i) => { if (n.level === level) out.push([nodes, i]); slots(n.children, level, out); });
  return out;
}

function containers(nodes: Node[], childLevel: number, out: Node[][] = []): Node[][] {
  for (const n of nodes) {
    if (n.children.some((c) => c.level === childLevel)) out.push(n.children);
    containers(n.children, childLevel, out);
  }
  return out;
}

const SYNONYMS: Array<[string, string]> = [
  ['加强', '强化'], ['推进', '推动'], ['提升', '提高'], ['坚持', '始终坚持'], ['积极', '主动'], ['深入', '扎实'],
  ['建设', '建设工作'], ['助力', '助推'], ['聚焦', '围绕'], ['全面', '全方位'], ['服务', '服务于'], ['不断', '持续'],
  ['加強', '強化'], ['推進', '推動'], ['提升', '提高'], ['堅持', '始終堅持'], ['建設', '建設工作'], ['圍繞', '聚焦'],
];

/** Rewords a heading: synonym swaps, or a truncation to one clause, or both. */
export function reword(title: string, r: Rng): string {
  let out = title;
  for (const [x, y] of SYNONYMS) if (out.includes(x) && !out.includes(y) && r() < 0.7) out = out.replace(x, y);
  const clauses = out.split(/[,，]/).filter((c) => c.length >= 4);
  if (clauses.length > 1 && (out === title || r() < 0.5)) out = pick(r, clauses);
  if (out === title && out.length > 6) out = out.slice(0, out.length - 2);
  return out;
}

function renumber(nodes: Node[]): void {
  nodes.forEach((n, i) => {
    if (n.number !== null) n.number = numeral(i + 1, !/^\d+$/.test(n.number));
    renumber(n.children);
  });
}

function relevel(n: Node, level: number): Node {
  return { ...n, level, children: n.children.map((c) => relevel(c, level + 1)) };
}

function convertNodes(nodes: Node[], convert: (s: string) => string): void {
  for (const n of nodes) {
    n.title = convert(n.title); n.rest = convert(n.rest); n.paras = n.paras.map(convert);
    convertNodes(n.children, convert);
  }
}

let converters: { toT: (s: string) => string; toS: (s: string) => string } | null = null;
function scriptConverters() {
  converters ??= { toT: Converter({ from: 'cn', to: 'tw' }), toS: Converter({ from: 't', to: 'cn' }) };
  return converters;
}

export interface Variant {
  a: ParsedReport; b: ParsedReport;
  /** Origin of each outline heading of a and of b; equal origins are the known pairs. */
  originsA: string[]; originsB: string[];
}

export interface VariantOptions { shuffles: number; moves: number; deletions: number; insertions: number; rewords: number; convert: boolean }

/** Builds side B from side A's tree with the edits asked for; donors supply inserted sections. */
export function makeVariant(base: Tree, donors: Tree[], r: Rng, o: VariantOptions): Variant {
  const nodes = clone(base.nodes);
  for (let k = 0; k < o.shuffles; k++) {
    const list = pick(r, containers(nodes, 2).concat(containers(nodes, 3)).filter((l) => l.length >= 3).concat([nodes]));
    if (list.length < 2) continue;
    const [moved] = list.splice(Math.floor(r() * list.length), 1);
    list.splice(Math.floor(r() * (list.length + 1)), 0, moved!);
  }
  for (let k = 0; k < o.moves; k++) {
    const from = slots(nodes, 3), to = containers(nodes, 3);
    if (from.length === 0 || to.length < 2) continue;
    const [list, i] = pick(r, from);
    const [moved] = list.splice(i, 1);
    const target = pick(r, to.filter((l) => l !== list));
    target.splice(Math.floor(r() * (target.length + 1)), 0, moved!);
  }
  for (let k = 0; k < o.deletions; k++) {
    const all = slots(nodes, 2).concat(slots(nodes, 3)).filter(([l]) => l.length > 1);
    if (all.length === 0) continue;
    const [list, i] = pick(r, all);
    list.splice(i, 1);
  }
  const keys = new Set(base.report.outline.map((h) => foldForMatch(h.title)));
  for (let k = 0; k < o.insertions; k++) {
    const donor = pick(r, donors);
    const level = r() < 0.5 ? 2 : 3;
    const candidates = slots(donor.nodes, level).map(([l, i]) => l[i]!).filter((n) => !keys.has(foldForMatch(n.title)));
    const into = level === 2 ? nodes.filter((n) => n.children.length > 0).map((n) => n.children) : containers(nodes, 3);
    if (candidates.length === 0 || into.length === 0) continue;
    const target = pick(r, into);
    target.splice(Math.floor(r() * (target.length + 1)), 0, relevel(clone([pick(r, candidates)])[0]!, target[0]?.level ?? level));
  }
  const everyone = slots(nodes, 1).concat(slots(nodes, 2), slots(nodes, 3)).map(([l, i]) => l[i]!);
  for (let k = 0; k < o.rewords && everyone.length > 0; k++) {
    const n = pick(r, everyone);
    n.title = reword(n.title, r);
  }
  renumber(nodes);
  if (o.convert) {
    const { toT, toS } = scriptConverters();
    convertNodes(nodes, base.report.script === 'traditional' ? toS : toT);
  }
  const a = fromTree(base, `${base.report.fileName}#a`);
  const b = fromTree({ ...base, nodes }, `${base.report.fileName}#b`);
  return { a: a.report, b: b.report, originsA: a.origins, originsB: b.origins };
}


export interface PairingOutcome {
  /** Level-1 and level-2 sections judged: every A section, and every B section inserted into B. */
  judged: number;
  correct: number;
  /** A deleted section given a partner, or an inserted one given a partner (any level). */
  falsePairs: number;
  misses: string[];
}

/** Scores a pairing (B index per A section, A index per B section) against the variant's known pairs. */
export function scorePairing(v: Variant, toB: ArrayLike<number>, toA: ArrayLike<number>, maxLevel = 2): PairingOutcome {
  const out: PairingOutcome = { judged: 0, correct: 0, falsePairs: 0, misses: [] };
  const bByOrigin = new Map(v.originsB.map((o, j) => [o, j]));
  const inA = new Set(v.originsA);
  v.a.outline.forEach((h, i) => {
    const want = bByOrigin.get(v.originsA[i]!) ?? -1, got = toB[i]!;
    if (want === -1 && got !== -1) out.falsePairs++;
    if (h.level > maxLevel) return;
    out.judged++;
    if (got === want) out.correct++;
    else out.misses.push(`${h.title} -> ${got >= 0 ? v.b.outline[got]!.title : '(gap)'}, want ${want >= 0 ? v.b.outline[want]!.title : '(gap)'}`);
  });
  v.b.outline.forEach((h, j) => {
    if (inA.has(v.originsB[j]!)) return;
    if (toA[j] !== -1) out.falsePairs++;
    if (h.level > maxLevel) return;
    out.judged++;
    if (toA[j] === -1) out.correct++;
    else out.misses.push(`inserted ${h.title} -> ${v.a.outline[toA[j]!]!.title}`);
  });
  return out;
}
