// Lead-sentence subheads: a short clause ending in 。 that opens a paragraph (思想武装全面加强。…).
// A single short opening sentence proves nothing (人民政协因团结而生…。), so leads are accepted only
// as runs of siblings under the same heading, of a common shape or making up much of the section.
// Bold leads (Markdown **…**, <strong>, Word bold) are candidates even when longer or with commas.
import type { Block } from '../blocks';
import { charLength } from '../clean/chars';
import type { Candidate } from './candidates';
import { firstSentence, stripFinalMarks } from './sentence';

const MIN_LEAD = 4;
const MAX_LEAD = 26;
const MAX_BOLD = 40;
const SALUTATION = /^(各位|同志们|同志們|女士们|女士們|朋友们|朋友們)/u;
/** Leads usually make up at least this share of a section's paragraphs after its introduction. */
const MIN_SHARE = 0.4;

function boldLead(block: Block, index: number): Candidate | null {
  const n = block.boldLead!;
  if (n < MIN_LEAD || n > MAX_BOLD * 2) return null;
  const lead = block.text.slice(0, n);
  const title = stripFinalMarks(lead.trim());
  if (charLength(title) > MAX_BOLD || charLength(title) < 2) return null;
  return { block: index, kind: 'lead', style: 'lead', marker: null, end: n, title };
}

/** The lead a paragraph opens with, if it has the shape of one. */
export function leadOf(block: Block, index: number): Candidate | null {
  if (block.listItem || SALUTATION.test(block.text)) return null;
  if (block.boldLead !== undefined && block.boldLead < block.text.length) return boldLead(block, index);
  const s = firstSentence(block.text, MAX_LEAD + 4);
  if (!s || s.hasClause || (s.mark !== '。' && s.mark !== '！' && s.mark !== '!')) return null;
  const title = stripFinalMarks(block.text.slice(0, s.end));
  const n = charLength(title);
  if (n < MIN_LEAD || n > MAX_LEAD) return null;
  // A lead heads body text; a short paragraph that is one sentence is just a short paragraph.
  if (block.text.length - s.end < n) return null;
  return { block: index, kind: 'lead', style: 'lead', marker: null, end: s.end, title };
}

function sharedShape(leads: Candidate[]): boolean {
  const firsts = new Map<string, number>();
  for (const l of leads) {
    const key = l.title.slice(0, 2);
    firsts.set(key, (firsts.get(key) ?? 0) + 1);
  }
  return [...firsts.values()].some((c) => c >= 2);
}

/** Leads of one section (the blocks between two structural headings), or none when they are not a run. */
export function acceptRun(leads: Candidate[], sectionBlocks: number): Candidate[] {
  if (leads.length < 2) return [];
  const share = leads.length / Math.max(1, sectionBlocks - 1);
  return share >= MIN_SHARE || sharedShape(leads) ? leads : [];
}
