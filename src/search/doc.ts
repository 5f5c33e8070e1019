// Turns a ParsedReport into the record the index keeps: metadata for filters, folded text with
// paragraph offsets for exact matching, the original as differences from it. Its postings are
// counted by the body index (body-index.ts), which also gives it its section ids.
// Nothing here depends on how good the outline is.
import type { ParsedReport } from '../model/report';
import { foldForMatch, foldWithMap } from '../text/fold';
import { packPaths, packSections, packTitles, splitSections } from './sections';
import { diffOriginal, firstAtOrAfter } from './original';
import { pack, unpack } from './packed';
import type { DocCore, DocMeta, DocText, IndexedDoc } from './types';

function yearsOf(report: ParsedReport): number[] {
  const years = new Set<number>();
  for (const y of [report.reviewYear, report.planYear]) if (y) years.add(y);
  for (const d of [report.meetingDate, report.publishDate]) {
    const y = d ? Number(d.slice(0, 4)) : NaN;
    if (Number.isInteger(y) && y > 1900) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

export function docMeta(report: ParsedReport): DocMeta {
  const { fileName, title, body, kind, locality } = report;
  return { fileName, title, body, kind, locality, years: yearsOf(report) };
}

/** The first paragraph, among the first few, that holds the whole title. */
function findTitlePara(folded: string[], title: string | null): number {
  const want = title ? foldForMatch(title).trim() : '';
  if (!want) return -1;
  const limit = Math.min(folded.length, 5);
  for (let p = 0; p < limit; p++) if (folded[p]!.includes(want)) return p;
  return -1;
}

/** Start offset of each string when joined by one separator, plus the end (typed: half the memory of an array). */
function offsets(parts: string[]): Uint32Array {
  const out = new Uint32Array(parts.length + 1);
  let at = 0;
  parts.forEach((p, i) => {
    out[i] = at;
    at += p.length + 1;
  });
  out[parts.length] = at;
  return out;
}

/** The paragraphs that are headings, ascending (counted then filled: a flatMap made an array per paragraph). */
function headingParasOf(report: ParsedReport): Uint32Array {
  let n = 0;
  for (const p of report.paragraphs) if (p.heading !== undefined) n++;
  const out = new Uint32Array(n);
  n = 0;
  report.paragraphs.forEach((p, i) => {
    if (p.heading !== undefined) out[n++] = i;
  });
  return out;
}

/** A report as it is indexed: its whole folded text at hand (the index counts it, then keeps it packed). */
export type NewDoc = IndexedDoc & { folded: string };

export function indexDoc(id: string, report: ParsedReport): NewDoc {
  const paragraphs = report.paragraphs.map((p) => p.text);
  // One fold over the whole text is several times faster than one call per paragraph.
  const original = paragraphs.join('\n');
  // A line break inside a paragraph folds as a space; most reports have none, and fold the original itself.
  const flat = paragraphs.some((p) => p.includes('\n')) ? paragraphs.map((p) => p.replace(/\n/g, ' ')).join('\n') : original;
  const { text: folded, shifts, written } = foldWithMap(flat);
  const foldedParas = paragraphs.length === 0 ? [] : folded.split('\n');
  if (foldedParas.length !== paragraphs.length) throw new Error('folding changed the paragraph count');
  const paraStart = offsets(foldedParas);
  const { secStart, secHead } = packSections(splitSections(paragraphs.length, report.outline), paragraphs.length);
  const headingParas = headingParasOf(report);
  const titlePara = findTitlePara(foldedParas, report.title);
  const { packed, offsets: starts } = pack(folded, Array.from(secStart, (p) => paraStart[p]!));
  return {
    id,
    meta: docMeta(report),
    paraCount: paragraphs.length,
    headingParas,
    titlePara,
    secStart,
    secHead,
    titles: packTitles(report.outline),
    paths: packPaths(report.outline, secHead),
    folded,
    foldedIn: (from, to) => folded.slice(from, to),
    packed,
    starts,
    paraStart,
    ...headLines(foldedParas, headingParas, titlePara),
    // Without shifts, folding kept every width: the original's offsets are the folded ones.
    origStart: shifts.length ? offsets(paragraphs) : paraStart,
    shifts,
    // A line break inside a paragraph is a space in the folded text: spaces may differ too.
    ...diffOriginal(original, folded, shifts, written && [...written, 0x20]),
    secBase: -1,
  };
}

/**
 * The folded title paragraph, then '\n' and each other heading paragraph: title and heading hits
 * without the body text (kept in memory; heads.ts joins them for the whole library).
 */
function headLines(paras: string[], headingParas: Uint32Array, titlePara: number): Pick<DocCore, 'heads' | 'headAt'> {
  const lines = [titlePara >= 0 ? paras[titlePara]! : ''];
  for (const p of headingParas) if (p !== titlePara) lines.push(paras[p]!);
  // The title line always ends at the first '\n', even when there is no other heading.
  return { heads: lines.length === 1 ? `${lines[0]}\n` : lines.join('\n'), headAt: offsets(lines) };
}

/** A report's in-memory part and its text, apart (the text goes to a text source). */
export function splitDoc(doc: NewDoc): { core: DocCore; text: DocText } {
  const { folded: _folded, foldedIn: _foldedIn, packed, starts, origStart, shifts, always, subGaps, subMarks, subText, shiftText, ...core } = doc;
  const text = { packed, starts, origStart: origStart === doc.paraStart ? null : origStart, shifts, always, subGaps, subMarks, subText, shiftText };
  return { core, text };
}

/**
 * A report whole again from its two parts, for the few reports a query shows (sections unpacked as
 * read). Field by field: V8 makes `{ ...core, ...text }` a dictionary of 6.7 KB, not an object of 0.4
 * (at 5,000 reports, about 30 of the 174 MB a pass of the bench's queries allocated).
 */
export function joinDoc(core: DocCore, text: DocText): IndexedDoc {
  return {
    id: core.id, meta: core.meta, paraCount: core.paraCount, headingParas: core.headingParas, titlePara: core.titlePara,
    secStart: core.secStart, secHead: core.secHead, titles: core.titles, paths: core.paths, paraStart: core.paraStart,
    heads: core.heads, headAt: core.headAt, secBase: core.secBase,
    packed: text.packed, starts: text.starts, origStart: text.origStart ?? core.paraStart, shifts: text.shifts, always: text.always,
    subGaps: text.subGaps, subMarks: text.subMarks, subText: text.subText, shiftText: text.shiftText,
    foldedIn: sectionReader(core, text),
  };
}

/**
 * foldedIn for a joined report: the section holding the range is unpacked once, on first reading.
 * Hits, snippets and concordance lines read the matched sections' paragraphs only, so a report shown
 * for a word in two of its sections unpacks those two, not the whole text.
 */
function sectionReader(core: DocCore, text: DocText): (from: number, to: number) => string {
  const unpacked = new Map<number, string>();
  return (from, to) => {
    // The last paragraph starting at or before `from`, then the last section starting at or before it.
    const para = firstAtOrAfter(core.paraStart, from + 1) - 1;
    const i = firstAtOrAfter(core.secStart, para + 1) - 1;
    let section = unpacked.get(i);
    if (section === undefined) unpacked.set(i, (section = unpack(text.packed, text.starts[i]!, text.starts[i + 1]! - 1)));
    const start = core.paraStart[core.secStart[i]!]!;
    return section.slice(from - start, to - start);
  };
}

/** The title line, then '\n' and each other heading line (see DocCore.heads). */
export function headText(doc: Pick<DocCore, 'heads'>): string {
  return doc.heads;
}

/** The folded text of heading (or title) paragraph `para`, from the report's heads; '' if it is neither. */
export function headingText(doc: Pick<DocCore, 'heads' | 'headAt' | 'headingParas' | 'titlePara'>, para: number): string {
  let line = 0;
  if (para !== doc.titlePara) {
    const h = doc.headingParas;
    const at = firstAtOrAfter(h, para);
    if (at >= h.length || h[at] !== para) return '';
    // The title paragraph, when it is also a heading, is line 0 rather than a line of its own.
    const t = doc.titlePara;
    line = at + 1 - (t >= 0 && t < para && h[firstAtOrAfter(h, t)] === t ? 1 : 0);
  }
  return doc.heads.slice(doc.headAt[line]!, doc.headAt[line + 1]! - 1);
}

/** One report's titles split, kept for the next call: hits and concordance lines ask report by report. */
let split: { titles: string; list: string[] } = { titles: '', list: [] };

/** Heading titles from the top level down to section i's heading (empty before the first heading). */
export function sectionPath(doc: Pick<DocCore, 'titles' | 'paths'>, i: number): string[] {
  if (split.titles !== doc.titles) split = { titles: doc.titles, list: doc.titles.split('\0') };
  const { paths } = doc;
  const out: string[] = [];
  for (let k = paths[i]!; k < paths[i + 1]!; k++) out.push(split.list[paths[k]!]!);
  return out;
}

/**
 * Visits the title paragraph and the heading paragraphs inside the given local sections (ascending),
 * each once, with the section it falls in.
 */
export function forHeadingParas(doc: Pick<DocCore, 'secStart' | 'headingParas' | 'titlePara'>, sections: readonly number[], visit: (para: number, where: 'title' | 'heading', section: number) => void): void {
  const heads = doc.headingParas;
  let h = 0;
  for (const section of sections) {
    const start = doc.secStart[section]!;
    const end = doc.secStart[section + 1]!;
    if (doc.titlePara >= start && doc.titlePara < end) visit(doc.titlePara, 'title', section);
    while (h < heads.length && heads[h]! < start) h++;
    for (; h < heads.length && heads[h]! < end; h++) if (heads[h] !== doc.titlePara) visit(heads[h]!, 'heading', section);
  }
}
