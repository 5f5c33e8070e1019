// Turns a ParsedReport into the record the index keeps: metadata for filters, folded text with
// paragraph offsets for exact matching, the original as differences from it. Its postings are
// counted by the body index (body-index.ts), which also gives it its section ids.
// Nothing here depends on how good the outline is.
import type { ParsedReport } from '../model/report';
import { foldForMatch, foldWithMap } from '../text/fold';
import { packPaths, packTitles, splitSections } from './sections';
import { diffOriginal } from './original';
import type { DocMeta, IndexedDoc } from './types';

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

export function indexDoc(id: string, report: ParsedReport): IndexedDoc {
  const paragraphs = report.paragraphs.map((p) => p.text);
  // One fold over the whole text is several times faster than one call per paragraph.
  const original = paragraphs.join('\n');
  const { text: folded, shifts, written } = foldWithMap(paragraphs.map((p) => p.replace(/\n/g, ' ')).join('\n'));
  const foldedParas = paragraphs.length === 0 ? [] : folded.split('\n');
  if (foldedParas.length !== paragraphs.length) throw new Error('folding changed the paragraph count');
  const paraStart = offsets(foldedParas);
  const sections = splitSections(paragraphs.length, report.outline);
  return {
    id,
    meta: docMeta(report),
    paraCount: paragraphs.length,
    headingParas: Uint32Array.from(report.paragraphs.flatMap((p, i) => (p.heading !== undefined ? [i] : []))),
    titlePara: findTitlePara(foldedParas, report.title),
    sections,
    titles: packTitles(report.outline),
    paths: packPaths(report.outline, sections),
    folded,
    paraStart,
    // Without shifts, folding kept every width: the original's offsets are the folded ones.
    origStart: shifts.length ? offsets(paragraphs) : paraStart,
    shifts,
    // A line break inside a paragraph is a space in the folded text: spaces may differ too.
    ...diffOriginal(original, folded, shifts, written && [...written, 0x20]),
    secBase: -1,
  };
}

type Heads = Pick<IndexedDoc, 'folded' | 'paraStart' | 'headingParas' | 'titlePara'>;

/** Folded paragraph `para` of a report. */
export function foldedPara(doc: Pick<IndexedDoc, 'folded' | 'paraStart'>, para: number): string {
  return doc.folded.slice(doc.paraStart[para]!, doc.paraStart[para + 1]! - 1);
}

/**
 * The folded title paragraph, then '\n' and each other heading paragraph: title and heading hits
 * without a scan of the body. Built when asked (heads.ts joins them for the whole library).
 */
export function headText(doc: Heads): string {
  const heads: string[] = [];
  for (const p of doc.headingParas) if (p !== doc.titlePara) heads.push(foldedPara(doc, p));
  // The title line always ends at the first '\n', even when there is no other heading.
  return `${doc.titlePara >= 0 ? foldedPara(doc, doc.titlePara) : ''}\n${heads.join('\n')}`;
}

/** One report's titles split, kept for the next call: hits and concordance lines ask report by report. */
let split: { titles: string; list: string[] } = { titles: '', list: [] };

/** Heading titles from the top level down to section i's heading (empty before the first heading). */
export function sectionPath(doc: Pick<IndexedDoc, 'titles' | 'paths'>, i: number): string[] {
  if (split.titles !== doc.titles) split = { titles: doc.titles, list: doc.titles.split('\0') };
  const { paths } = doc;
  const out: string[] = [];
  for (let k = paths[i]!; k < paths[i + 1]!; k++) out.push(split.list[paths[k]!]!);
  return out;
}
