// Variant generator for alignment tests and the compare bench: turns a real seed report into a
// section tree, edits a copy (shuffle, move across parents, delete, insert from another report,
// reword and renumber headings, convert script) and remembers which section came from where.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import type { Heading, ParsedReport } from '../../src/model/report';
import { parseReport } from '../../src/parse/index';
import { foldForMatch } from '../../src/text/fold';

export const FIXTURES = join(import.meta.dirname, '../fixtures');
export const SEEDS = ['000_19b4022d2904f987', '001_da7eefc472fc5678', '002_c03ab7e96b8452e8', '003_26a1485d52dc385d', '004_f64846c7cd9f58cb'];

export interface Node {
  level: number;
  number: string | null;
  title: string;
  /** Text after the title in the heading's own paragraph, then the paragraphs before the first child. */
  rest: string;
  paras: string[];
  children: Node[];
  /** Where the section came from (seed:index), the key of the known pairing. */
  origin: string;
}

export interface Tree { report: ParsedReport; preamble: string[]; nodes: Node[] }

/** A seed report as the parser reads it. */
export function parsedSeed(name: string): ParsedReport {
  const result = parseReport(readFileSync(join(FIXTURES, `${name}.txt`)), `${name}.txt`);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

/** Seeds as trees: the parser's outline once it finds one, else the hand-checked gold outline located in the text. */
export function seedTree(name: string, source: 'parsed' | 'gold' | 'auto' = 'auto'): Tree {
  const parsed = parsedSeed(name);
  if (source === 'parsed' || (source === 'auto' && parsed.outline.length > 0)) return toTree(parsed, name);
  return toTree(goldReport(name, parsed), name);
}

// ---------- gold outline located in the raw text ----------

interface GoldHeading { level: number; number: string | null; title: string }

function skeleton(text: string): { chars: string; at: number[] } {
  const folded = foldForMatch(text);
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (/[0-9a-z\u3400-\u9fff]/i.test(folded[i]!)) { chars += folded[i]; at.push(i); }
  }
  return { chars, at };
}

/** True when only numbering, markup or spaces stand between the line start and position at. */
function startsLine(raw: string, at: number): boolean {
  const before = raw.slice(Math.max(0, at - 12), at);
  return /(^|\n|\s\s|。 |\s)[\s#*(（一二三四五六七八九十\d)）、.．]*$/.test(before) || at === 0;
}

/** Finds each gold heading in order in the raw text, preferring line starts; [start, end) ranges. */
function locate(raw: string, gold: GoldHeading[]): Array<[number, number] | null> {
  const sk = skeleton(raw);
  let cursor = 0;
  return gold.map((h) => {
    const t = skeleton(h.title).chars;
    for (const probe of [t, t.slice(0, 8)]) {
      let k = probe.length > 0 ? sk.chars.indexOf(probe, cursor) : -1;
      const first = k;
      while (k >= 0 && !startsLine(raw, sk.at[k]!)) k = sk.chars.indexOf(probe, k + 1);
      if (k < 0) k = first;
      if (k < 0) continue;
      cursor = k + probe.length;
      return [sk.at[k]!, sk.at[k + probe.length - 1]! + 1] as [number, number];
    }
    return null;
  });
}

const NUMBER_TAIL = /[\s#*]*[(（]?[一二三四五六七八九十\d]{0,3}[)）、.．]?[\s#*]*$/;

function lines(text: string): string[] {
  return text.split(/\n+/).flatMap((l) => (l.length > 400 ? l.split(/\s+/) : [l]))
    .map((l) => l.replace(/^[\s#*。.、]+/, '').trim()).filter((l) => l.length > 0);
}

/** The seed report with the gold outline: real text, paragraphs cut at the located headings. */
export function goldReport(name: string, parsed: ParsedReport): ParsedReport {
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', `${name}.json`), 'utf8')) as Omit<ParsedReport, 'outline'> & { outline: GoldHeading[] };
  const raw = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').replace(/\*\*/g, '')
    .replace(/([\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g, '$1');
  const ranges = locate(raw, gold.outline);
  const found = gold.outline.map((h, i) => ({ h, r: ranges[i] }))
    .filter((x): x is { h: GoldHeading; r: [number, number] } => x.r !== null && x.r !== undefined);
  const paragraphs: ParsedReport['paragraphs'] = lines(raw.slice(0, found[0]?.r[0] ?? raw.length).replace(NUMBER_TAIL, '')).map((text) => ({ text }));
  const outline: Heading[] = [];
  found.forEach(({ h, r }, i) => {
    const seg = raw.slice(r[1], found[i + 1]?.r[0] ?? raw.length).replace(NUMBER_TAIL, '');
    const nl = seg.indexOf('\n');
    const sameLine = nl < 0 ? seg : seg.slice(0, nl);
    const pieces = sameLine.split(/\s+/);
    outline.push({ level: h.level, number: h.number, title: h.title, para: paragraphs.length, span: [0, 0], source: 'numbered' });
    paragraphs.push({ text: h.title + (pieces[0] ?? '').trimEnd(), heading: outline.length - 1 });
    for (const text of lines(pieces.slice(1).join('\n') + (nl < 0 ? '' : seg.slice(nl)))) paragraphs.push({ text });
  });
  return withSpans({ ...parsed, ...pickMeta(gold), paragraphs, outline, figures: [] });
}

function pickMeta(g: Omit<ParsedReport, 'outline'>): Partial<ParsedReport> {
  return { title: g.title, body: g.body, reviewYear: g.reviewYear, planYear: g.planYear, locality: g.locality };
}

/** Recomputes each heading's span: up to the next heading of equal or higher level. */
export function withSpans(report: ParsedReport): ParsedReport {
  const { outline, paragraphs } = report;
  outline.forEach((h, i) => {
    const next = outline.findIndex((o, j) => j > i && o.level <= h.level);
    h.span = [h.para, next < 0 ? paragraphs.length : outline[next]!.para];
  });
  return report;
}

// ---------- tree <-> report ----------

export function toTree(report: ParsedReport, tag: string): Tree {
  const first = report.outline[0]?.para ?? report.paragraphs.length;
  const preamble = report.paragraphs.slice(0, first).map((p) => p.text);
  const root: Node[] = [];
  const stack: Node[] = [];
  report.outline.forEach((h, i) => {
    const next = report.outline[i + 1]?.para ?? report.paragraphs.length;
    const own = report.paragraphs[h.para]?.text ?? '';
    const at = own.indexOf(h.title);
    const node: Node = {
      level: h.level, number: h.number, title: h.title, rest: at >= 0 ? own.slice(at + h.title.length) : own,
      paras: report.paragraphs.slice(h.para + 1, next).map((p) => p.text), children: [], origin: `${tag}:${i}`,
    };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(node);
    stack.push(node);
  });
  return { report, preamble, nodes: root };
}

const CN = '〇一二三四五六七八九十';
function numeral(n: number, chinese: boolean): string {
  if (!chinese) return String(n);
  if (n <= 10) return CN[n]!;
  return (n < 20 ? '' : CN[Math.floor(n / 10)]!) + '十' + (n % 10 === 0 ? '' : CN[n % 10]!);
}

/** Serialises a tree back into a report; origins[i] is the origin of outline heading i. */
export function fromTree(tree: Tree, fileName: string): { report: ParsedReport; origins: string[] } {
  const paragraphs: ParsedReport['paragraphs'] = tree.preamble.map((text) => ({ text }));
  const outline: Heading[] = [];
  const origins: string[] = [];
  const walk = (nodes: Node[]) => nodes.forEach((n) => {
    const prefix = n.number === null ? '' : /^\d+$/.test(n.number) ? `${n.number}.` : n.level <= 1 ? `${n.number}、` : `(${n.number})`;
    outline.push({ level: n.level, number: n.number, title: n.title, para: paragraphs.length, span: [0, 0], source: 'numbered' });
    origins.push(n.origin);
    paragraphs.push({ text: prefix + n.title + n.rest, heading: outline.length - 1 });
    for (const text of n.paras) paragraphs.push({ text });
    walk(n.children);
  });
  walk(tree.nodes);
  return { report: withSpans({ ...tree.report, fileName, paragraphs, outline, figures: [] }), origins };
}

// ---------- edits ----------

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

/** Several seed trees concatenated into one long report (each seed's parts stay top level). */
export function concatTrees(trees: Tree[]): Tree {
  const first = trees[0]!;
  return { report: first.report, preamble: first.preamble, nodes: trees.flatMap((t) => clone(t.nodes)) };
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
