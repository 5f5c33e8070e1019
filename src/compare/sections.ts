// Section profiles: everything alignment needs about one report's outline, computed once per report
// (folded title, bigram sets of title and text, tree links, part role) so pairing is cheap.
import type { Heading, ParsedReport } from '../model/report';
import { foldForMatch } from './fold';
import { bigramCodes, toSet } from './grams';

export type PartRole = 'review' | 'plan' | null;

export interface Section {
  index: number;
  level: number;
  number: string | null;
  title: string;
  /** Folded title without punctuation, digits as 0: what heading similarity reads. */
  key: string;
  titleGrams: Uint32Array;
  textGrams: Uint32Array;
  /** Rarity weight of each text bigram (set by weigh()); common genre bigrams like 政协 count little. */
  textWeights: Float64Array;
  textMass: number;
  parent: number;
  children: number[];
  role: PartRole;
}

export interface Profile {
  sections: Section[];
  /** Top-level sections (no parent), in document order. */
  roots: number[];
  /** Bigram set of each paragraph: the documents rarity is counted over. */
  paragraphGrams: Uint32Array[];
}

const REVIEW = /回顾|总结|过去|主要工作|工作情况|一年来|成绩|所做/;
const PLAN = /任务|安排|打算|建议|计划|思路|展望|目标|今后|下一步|重点工作/;

/** Review or plan, judged from a part title; a title naming neither gets null. */
export function partRole(title: string): PartRole {
  const folded = foldForMatch(title);
  // Plan words win: 2019年主要工作任务 names review words but announces a plan.
  if (PLAN.test(folded)) return 'plan';
  return REVIEW.test(folded) ? 'review' : null;
}

function keyOf(title: string): string {
  return foldForMatch(title).replace(/[^0-9a-z\u3400-\u9fff]/gi, '').replace(/[0-9]/g, '0');
}

/** Body text of a heading's own paragraph: what follows the title when a heading shares its line. */
function ownText(text: string, title: string): string {
  const at = text.indexOf(title);
  return at >= 0 ? text.slice(at + title.length) : text;
}

/** Bigram codes per paragraph, the heading's own title cut out of its paragraph. */
function paragraphCodes(report: ParsedReport): number[][] {
  const ownTitle = new Map<number, string>();
  for (const h of report.outline) ownTitle.set(h.para, h.title);
  return report.paragraphs.map((p, i) => {
    const title = ownTitle.get(i);
    return bigramCodes(foldForMatch(title === undefined ? p.text : ownText(p.text, title)));
  });
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

/**
 * Weights every section's bigrams by inverse paragraph frequency over both reports, so content
 * similarity rests on what a section is about rather than on the vocabulary all reports share.
 */
export function weigh(profiles: Profile[]): void {
  const df = new Map<number, number>();
  let docs = 0;
  for (const p of profiles) for (const set of p.paragraphGrams) {
    if (set.length === 0) continue;
    docs++;
    for (const g of set) df.set(g, (df.get(g) ?? 0) + 1);
  }
  for (const p of profiles) for (const s of p.sections) {
    s.textWeights = new Float64Array(s.textGrams.length);
    let mass = 0;
    s.textGrams.forEach((g, k) => { mass += s.textWeights[k] = Math.log(1 + docs / (df.get(g) ?? 1)); });
    s.textMass = mass;
  }
}

/** Builds the profile of a report's outline; a report without headings has no sections. */
export function profile(report: ParsedReport): Profile {
  const codes = paragraphCodes(report);
  const parents = parentsOf(report.outline);
  const sections: Section[] = report.outline.map((h, index) => {
    const all: number[] = [];
    const end = Math.min(h.span[1], codes.length);
    for (let p = h.para; p < end; p++) for (const c of codes[p]!) all.push(c);
    const key = keyOf(h.title);
    return {
      index, level: h.level, number: h.number, title: h.title, key,
      titleGrams: toSet(bigramCodes(key)), textGrams: toSet(all), textWeights: new Float64Array(0), textMass: 0,
      parent: parents[index]!, children: [], role: null,
    };
  });
  const roots: number[] = [];
  for (const s of sections) {
    if (s.parent >= 0) sections[s.parent]!.children.push(s.index);
    else roots.push(s.index);
  }
  for (const r of roots) sections[r]!.role = partRole(sections[r]!.title);
  return { sections, roots, paragraphGrams: codes.map(toSet) };
}
