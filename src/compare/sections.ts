// Section profiles: everything alignment needs about two reports' outlines, computed once per pair
// (folded title, bigram sets of title and text, tree links, part role). Text bigrams get dense ids
// in a vocabulary shared by both reports, with a rarity weight each, so pairing is array work.
import type { Heading, ParsedReport } from '../model/report';
import { foldForMatch } from '../text/fold';
import { bigramCodes, toSet, union } from './grams';
import { bigramIdSet, Vocabulary } from './vocab';

export type PartRole = 'review' | 'plan' | null;

export interface Section {
  index: number;
  level: number;
  number: string | null;
  title: string;
  /** Folded title without punctuation, digits as 0: what heading similarity reads. */
  key: string;
  titleGrams: Uint32Array;
  /** Sorted ids of the bigrams of the section's text (the heading's own title left out). */
  textGrams: Uint32Array;
  /** Summed weight of textGrams. */
  textMass: number;
  parent: number;
  children: number[];
  role: PartRole;
}

export interface Profile {
  sections: Section[];
  /** Top-level sections (no parent), in document order. */
  roots: number[];
  /** Weight of each bigram id (shared by both profiles of a pair): rarer over paragraphs weighs more. */
  weights: Float64Array;
}

const REVIEW = /回顾|总结|过去|主要工作|情况|一年来|成绩|所做|上半年|前三季度/;
const PLAN = /任务|安排|打算|建议|计划|思路|展望|目标|今后|下一步|重点工作|下半年/;

/** Review or plan, judged from a part title; a title naming neither gets null. */
export function partRole(title: string): PartRole {
  return roleOfFolded(foldForMatch(title));
}

function roleOfFolded(folded: string): PartRole {
  // Plan words win: 2019年主要工作任务 names review words but announces a plan.
  if (PLAN.test(folded)) return 'plan';
  return REVIEW.test(folded) ? 'review' : null;
}

function keyOf(foldedTitle: string): string {
  return foldedTitle.replace(/[^0-9a-z\u3400-\u9fff]/gi, '').replace(/[0-9]/g, '0');
}

/** Body text of a heading's own paragraph: what follows the title when a heading shares its line. */
function ownText(text: string, title: string): string {
  const at = text.indexOf(title);
  return at >= 0 ? text.slice(at + title.length) : text;
}

/** Folds many short strings in one call: the converter's per-call cost dominates on paragraphs. */
function foldAll(texts: string[]): string[] {
  const joined = foldForMatch(texts.join('\n')).split('\n');
  return joined.length === texts.length ? joined : texts.map(foldForMatch);
}

/** Sorted bigram-id set per paragraph, the heading's own title cut out of its paragraph. */
function paragraphSets(report: ParsedReport, vocab: Vocabulary): Uint32Array[] {
  const ownTitle = new Map<number, string>();
  for (const h of report.outline) ownTitle.set(h.para, h.title);
  const texts = report.paragraphs.map((p, i) => {
    const title = ownTitle.get(i);
    return title === undefined ? p.text : ownText(p.text, title);
  });
  return foldAll(texts).map((folded) => bigramIdSet(folded, vocab));
}

function parentsOf(outline: Heading[]): number[] {
  const stack: number[] = [];
  return outline.map((h, i) => {
    while (stack.length > 0 && outline[stack[stack.length - 1]!]!.level >= h.level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(i);
    return parent;
  });
}

/** Builds sections bottom-up: a section's set is its own paragraphs' sets merged with its children's. */
function buildSections(report: ParsedReport, paras: Uint32Array[]): Profile {
  const parents = parentsOf(report.outline);
  const titles = foldAll(report.outline.map((h) => h.title));
  const sections: Section[] = report.outline.map((h, index) => {
    const key = keyOf(titles[index]!);
    return {
      index, level: h.level, number: h.number, title: h.title, key, titleGrams: toSet(bigramCodes(key)),
      textGrams: new Uint32Array(0), textMass: 0, parent: parents[index]!, children: [], role: null,
    };
  });
  const roots: number[] = [];
  for (const s of sections) (s.parent >= 0 ? sections[s.parent]!.children : roots).push(s.index);
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i]!, h = report.outline[i]!;
    const ownEnd = Math.min(s.children.length > 0 ? report.outline[s.children[0]!]!.para : h.span[1], paras.length);
    let set: Uint32Array = new Uint32Array(0);
    for (let p = h.para; p < ownEnd; p++) set = union(set, paras[p]!);
    for (const c of s.children) set = union(set, sections[c]!.textGrams);
    s.textGrams = set;
  }
  for (const r of roots) sections[r]!.role = roleOfFolded(titles[r]!);
  return { sections, roots, weights: new Float64Array(0) };
}

/** Weight log(1 + paragraphs / paragraphs holding the bigram), counted over both reports. */
function rarity(all: Uint32Array[], size: number): Float64Array {
  const df = new Uint32Array(size);
  let docs = 0;
  for (const set of all) {
    if (set.length === 0) continue;
    docs++;
    for (let k = 0; k < set.length; k++) df[set[k]!]!++;
  }
  const weights = new Float64Array(size);
  for (let id = 0; id < size; id++) weights[id] = Math.log(1 + docs / Math.max(1, df[id]!));
  return weights;
}

/** Profiles of two reports over one vocabulary, ready to be scored against each other. */
export function profilePair(a: ParsedReport, b: ParsedReport): [Profile, Profile] {
  const vocab = new Vocabulary();
  const parasA = paragraphSets(a, vocab), parasB = paragraphSets(b, vocab);
  const weights = rarity([...parasA, ...parasB], vocab.size);
  const profiles: [Profile, Profile] = [buildSections(a, parasA), buildSections(b, parasB)];
  for (const p of profiles) {
    p.weights = weights;
    for (const s of p.sections) {
      let mass = 0;
      for (let k = 0; k < s.textGrams.length; k++) mass += weights[s.textGrams[k]!]!;
      s.textMass = mass;
    }
  }
  return profiles;
}
