// Turns a ParsedReport into the record the index keeps: metadata for filters, folded text with
// paragraph offsets for exact matching, the original as differences from it. Its postings are
// counted by the body index (body-index.ts), which also gives it its section ids.
// Nothing here depends on how good the outline is.
import type { ParsedReport } from '../model/report';
import { foldForMatch, foldWithMap } from '../text/fold';
import { splitSections } from './sections';
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
  const { text: folded, shifts } = foldWithMap(paragraphs.map((p) => p.replace(/\n/g, ' ')).join('\n'));
  const foldedParas = paragraphs.length === 0 ? [] : folded.split('\n');
  if (foldedParas.length !== paragraphs.length) throw new Error('folding changed the paragraph count');
  const paraStart = offsets(foldedParas);
  const origStart = offsets(paragraphs);
  const sections = splitSections(paragraphs.length, report.outline);
  const headingParas = report.paragraphs.flatMap((p, i) => (p.heading !== undefined ? [i] : []));
  const titlePara = findTitlePara(foldedParas, report.title);
  const heads = headingParas.filter((p) => p !== titlePara).map((p) => foldedParas[p]!);
  return {
    id,
    meta: docMeta(report),
    paraCount: paragraphs.length,
    headingParas,
    titlePara,
    headText: `${titlePara >= 0 ? foldedParas[titlePara]! : ''}\n${heads.join('\n')}`,
    sections,
    folded,
    paraStart,
    origStart,
    shifts,
    ...diffOriginal(original, folded, shifts),
    secBase: -1,
  };
}
