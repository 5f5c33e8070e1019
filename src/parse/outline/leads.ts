// Lead-sentence subheads: a short clause ending in 。 that opens a paragraph (思想武装全面加强。…).
// A single short opening sentence proves nothing (人民政协因团结而生…。), so leads are accepted only
// as runs of siblings under the same heading, of a common shape or making up much of the section.
// Bold leads (Markdown **…**, <strong>, Word bold) are candidates even when longer or with commas.
import type { Block } from '../blocks';
import { charLength, longerThan } from '../clean/chars';
import type { Candidate } from './candidates';
import { firstSentence, stripFinalMarks } from './sentence';

const MIN_LEAD = 4;
const MAX_LEAD = 28;
const MAX_BOLD = 40;
const SALUTATION = /^(各位|同志们|同志們|女士们|女士們|朋友们|朋友們)/u;
/**
 * Openers of running text, not of subheads: enumerations inside a paragraph (一是…二是…, 一要…二要…,
 * 一方面, 首先),
 * connectives and time phrases (同时, 此外, 2023年是…, 今年…).
 */
const BODY_OPENER = /^(要|我们|我們|我|这|這|该|該|其中|因此|但|而|[一二三四五六七八九十]+(是|要|方面|则|則|来|來)|其[一二三四五六七八九十]|首先|其次|再次|最后|最後|第[一二三四五六七八九十]+[，,、]|同时|同時|此外|另外|目前|当前|當前|今年|去年|明年|近年来|近年來|一年来|一年來|过去|過去|[0-9０-９〇○零一二三四五六七八九]{2,4}年)/u;
/** One comma is allowed in a lead when both halves are short (坚持党的领导，政治站位不断提高). */
const MAX_HALF = 14;
/** Leads usually make up at least this share of a section's paragraphs after its introduction. */
const MIN_SHARE = 0.4;
/**
 * A longer lead of two clauses (聚焦科技创新建良策，围绕…深入调研、精准发力。) is "loose": its shape
 * alone proves nothing, so it counts only inside a run of siblings sharing their opening.
 */
const MAX_LOOSE = 36;
const MAX_LOOSE_HEAD = 14;
const MAX_LOOSE_TAIL = 24;

function boldLead(block: Block, index: number, next: Block | undefined): Candidate | null {
  const n = Math.min(block.boldLead!, block.text.length);
  if (n < MIN_LEAD || n > MAX_BOLD * 2) return null;
  // A bold line on its own leads the paragraph below it.
  if (n >= block.text.trimEnd().length && (!next || !longerThan(next.text, 19))) return null;
  const lead = block.text.slice(0, n);
  const title = stripFinalMarks(lead.trim());
  if (charLength(title) > MAX_BOLD || charLength(title) < 2) return null;
  return { block: index, kind: 'lead', style: 'lead', marker: null, end: n, title };
}

/** A statement with a copula (市场是义乌的命根子) reads as prose, not as a subhead. */
const COPULA = /是(?!否)/u;
const SET_PHRASES = /实事求是|實事求是|自以为是|自以為是/gu;

function coupletOrPlain(title: string): boolean {
  if (COPULA.test(title.replace(SET_PHRASES, ''))) return false;
  const halves = title.split(/[，,]/u);
  if (halves.length > 2 || /[；;：:]/u.test(title)) return false;
  return halves.every((h) => charLength(h) >= 2 && charLength(h) <= MAX_HALF) || halves.length === 1;
}

/** Two clauses, a slogan-length head and a longer tail, no copula and no figure: a loose lead's shape. */
function looseCouplet(title: string, n: number): boolean {
  if (n > MAX_LOOSE || COPULA.test(title.replace(SET_PHRASES, '')) || /[；;：:0-9０-９%％]/u.test(title)) return false;
  const halves = title.split(/[，,]/u);
  if (halves.length !== 2) return false;
  const [head, tail] = halves.map(charLength) as [number, number];
  return head >= 4 && head <= MAX_LOOSE_HEAD && tail >= 4 && tail <= MAX_LOOSE_TAIL;
}

/** The lead a paragraph opens with, if it has the shape of one; `next` is the block after it. */
export function leadOf(block: Block, index: number, next: Block | undefined): Candidate | null {
  if (block.listItem || SALUTATION.test(block.text) || BODY_OPENER.test(block.text)) return null;
  if (block.boldLead !== undefined) return boldLead(block, index, next);
  const s = firstSentence(block.text, MAX_LOOSE + 4);
  if (!s || (s.mark !== '。' && s.mark !== '！' && s.mark !== '!')) return null;
  const title = stripFinalMarks(block.text.slice(0, s.end));
  const n = charLength(title);
  const strict = n >= MIN_LEAD && n <= MAX_LEAD && coupletOrPlain(title);
  if (!strict && !looseCouplet(title, n)) return null;
  // A lead heads body text, on its own line or the next; a short paragraph alone is just short.
  const body = s.end >= block.text.trimEnd().length ? (next && !leadShaped(next) ? next.text : '') : block.text.slice(s.end);
  if (body.length < Math.max(n, 20)) return null;
  return { block: index, kind: 'lead', style: 'lead', marker: null, end: s.end, title, ...(strict ? {} : { loose: true }) };
}

/** The next block opens with a short sentence too: two one-liners in a row are not lead and body. */
function leadShaped(block: Block): boolean {
  const s = firstSentence(block.text, MAX_LEAD + 4);
  return s !== null && s.end >= block.text.trimEnd().length;
}

/** The opening two characters most leads share (全力助推…, 坚持…), when a clear majority does. */
function dominantPrefix(leads: Candidate[]): string | null {
  const counts = new Map<string, number>();
  for (const l of leads) counts.set(l.title.slice(0, 2), (counts.get(l.title.slice(0, 2)) ?? 0) + 1);
  let best: string | null = null, bestCount = 0;
  for (const [k, c] of counts) if (c > bestCount) { best = k; bestCount = c; }
  return bestCount >= 2 ? best : null;
}

/**
 * Leads of one section (the blocks between two structural headings), or none when they are not a
 * run. When most leads share an opening (坚持…), the odd one out (人民政协为人民。) is ordinary text.
 */
export function acceptRun(leads: Candidate[], sectionBlocks: number): Candidate[] {
  const firm = leads.filter((l) => !l.loose);
  const base = acceptFirm(firm, sectionBlocks);
  if (firm.length === leads.length) return base;
  // Loose leads join only a clear run sharing one opening (聚焦…，… 聚焦…，… 聚焦…，…).
  const prefix = dominantPrefix(leads);
  const sharing = prefix === null ? [] : leads.filter((l) => l.title.startsWith(prefix));
  if (sharing.length < 3 || sharing.length < leads.length * 0.6) return base;
  const taken = new Set([...base, ...sharing]);
  return leads.filter((l) => taken.has(l));
}

function acceptFirm(leads: Candidate[], sectionBlocks: number): Candidate[] {
  if (leads.length < 2) return [];
  const prefix = dominantPrefix(leads);
  const sharing = prefix === null ? [] : leads.filter((l) => l.title.startsWith(prefix));
  if (sharing.length >= 3 && sharing.length >= leads.length * 0.6) return sharing;
  const share = leads.length / Math.max(1, sectionBlocks - 1);
  return share >= MIN_SHARE || sharing.length >= 2 ? leads : [];
}
