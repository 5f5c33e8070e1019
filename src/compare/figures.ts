// Figures of a section pair: each side's counted phrases (办理提案325件) located in the section text,
// paired by unit and phrase, and flagged when the paired values differ (交办提案302件 against 325件).
import type { ParsedReport } from '../model/report';
import { foldForMatch } from '../text/fold';
import { charDice } from './grams';

export interface SectionFigure {
  text: string;
  value: number;
  unit: string;
  /** [start, end) of the phrase in the section text; -1 when it could not be placed. */
  start: number;
  end: number;
}

export interface FigurePair {
  a: SectionFigure;
  b: SectionFigure;
  /** How alike the counted phrases are (characters, numbers and unit left out), 0..1. */
  similarity: number;
  /** Same unit, alike phrase, different value: the figure a reader wants flagged. */
  changed: boolean;
}

/** Phrases at least this alike count as the same thing counted (办理提案 / 交办提案 = 0.75). */
const PHRASE_MIN = 0.5;

/** A section's text (its paragraphs joined by newlines) and its figures placed in that text. */
export function sectionText(report: ParsedReport, heading: number): { text: string; figures: SectionFigure[] } {
  const h = report.outline[heading];
  if (!h) return { text: '', figures: [] };
  const starts: number[] = [];
  let text = '';
  for (let p = h.para; p < h.span[1] && p < report.paragraphs.length; p++) {
    if (p > h.para) text += '\n';
    starts.push(text.length);
    text += report.paragraphs[p]!.text;
  }
  const figures = report.figures.filter((f) => f.para >= h.para && f.para < h.span[1]).map((f) => {
    const base = starts[f.para - h.para]!;
    const start = text.startsWith(f.text, base + f.offset) ? base + f.offset : text.indexOf(f.text, base);
    return { text: f.text, value: f.value, unit: f.unit, start, end: start >= 0 ? start + f.text.length : -1 };
  });
  return { text, figures };
}

function phrase(f: SectionFigure): string {
  return foldForMatch(f.text).replace(/[0-9０-９.,，余多约近万萬亿億千百]+/g, '').replace(foldForMatch(f.unit), '');
}

/** Pairs figures across two sections, most alike phrases first; each figure pairs at most once. */
export function pairFigures(a: SectionFigure[], b: SectionFigure[]): FigurePair[] {
  const pa = a.map(phrase), pb = b.map(phrase);
  const candidates: Array<[number, number, number]> = [];
  a.forEach((fa, i) => b.forEach((fb, j) => {
    if (foldForMatch(fa.unit) !== foldForMatch(fb.unit)) return;
    const s = charDice(pa[i]!, pb[j]!);
    if (s >= PHRASE_MIN) candidates.push([s, i, j]);
  }));
  candidates.sort((x, y) => y[0] - x[0]);
  const usedA = new Set<number>(), usedB = new Set<number>();
  const out: FigurePair[] = [];
  for (const [s, i, j] of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i); usedB.add(j);
    out.push({ a: a[i]!, b: b[j]!, similarity: s, changed: a[i]!.value !== b[j]!.value });
  }
  return out.sort((x, y) => x.a.start - y.a.start);
}
