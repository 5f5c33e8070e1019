// Figures: counts of work done (交办提案302件, 1.4萬件, 3000余人次) and rates (增长7.2%, 下降3.4%,
// 6.5%—7%, 4‰), normalised to base units, quoted with the words that say what was counted, placed
// in the innermost outline section, and read for what they measure and whether they are a target of
// the plan year or a result of the reviewed year (figures/annotate.ts).
import type { Figure, Heading, Paragraph } from '../model/report';
import { scanFigures, type RawFigure } from './figures/scan';
import { scanRates, type RawRate } from './figures/percent';
import { annotate } from './figures/annotate';
import { partsOf, type Part, type Years } from './figures/role';
import { clauseStart, coordinatedFloor, phraseEnd, stripPinyinNotes } from './figures/phrase';

export type { Years };
const NO_YEARS: Years = { reviewYear: null, planYear: null };

export function extractFigures(paragraphs: Paragraph[], outline: Heading[], years: Years = NO_YEARS): Figure[] {
  const figures: Figure[] = [];
  const sections = sectionsOf(outline, paragraphs.length);
  const parts = partsOf(outline, paragraphs.length, years);
  for (let para = 0; para < paragraphs.length; para++) {
    figuresIn(paragraphs[para]!.text, para, sections[para]!, parts[para]!, years, figures);
  }
  return figures;
}

/** Counts and rates in document order; a rate never overlaps a count (个百分点 is no count of 个). */
function rawFigures(text: string): RawRate[] {
  const counts: RawFigure[] = scanFigures(text);
  const rates = scanRates(text);
  if (rates.length === 0) return counts;
  const all = [...counts, ...rates].sort((a, b) => a.start - b.start);
  return all.filter((f, i) => i === 0 || f.start >= all[i - 1]!.end);
}

/** Appends the paragraph's figures to `out`. */
function figuresIn(text: string, para: number, section: number, part: Part, years: Years, out: Figure[]): void {
  let prevEnd = -1;
  let prevNoun = false;
  const own: Figure[] = [];
  const starts: number[] = [];
  for (const raw of rawFigures(text)) {
    const floor = coordinatedFloor(text, prevEnd, raw.start, prevNoun);
    const start = clauseStart(text, raw.start, floor);
    const end = phraseEnd(text, raw.end);
    prevEnd = end;
    // The phrase ran on over the counted noun after the measure word (21個村).
    prevNoun = end > raw.end;
    const figure: Figure = {
      text: stripPinyinNotes(text.slice(start, end)).trim(),
      value: raw.value,
      unit: raw.unit,
      modifier: raw.modifier,
      approximate: raw.modifier !== null,
      offset: start,
      para,
      section,
    };
    if (raw.valueHigh !== undefined) figure.valueHigh = raw.valueHigh;
    own.push(figure);
    starts.push(raw.start);
  }
  annotate(text, own, starts, part, years);
  for (const f of own) out.push(f);
}

/**
 * sectionOf for every paragraph at once: later headings overwrite earlier ones over their spans, so
 * each paragraph ends with the last heading in document order that holds it (one pass per heading
 * instead of a search of the outline per paragraph, which was quadratic on long collections).
 */
function sectionsOf(outline: Heading[], count: number): Int32Array {
  const sections = new Int32Array(count).fill(-1);
  outline.forEach((h, i) => sections.fill(i, Math.max(0, h.span[0]), Math.min(count, h.span[1])));
  return sections;
}

/** The innermost heading whose span holds the paragraph: the last one in document order that does. */
export function sectionOf(outline: Heading[], para: number): number {
  for (let i = outline.length - 1; i >= 0; i--) {
    const h = outline[i]!;
    if (h.span[0] <= para && para < h.span[1]) return i;
  }
  return -1;
}
