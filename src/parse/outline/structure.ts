// Finds the headings of a document: structural candidates after the title region, kept when their
// numbering fits the document's sequence; then lead-sentence runs inside each section; then levels
// for all of them from one nesting walk. The body's bounds come from ./region.
import type { Block } from '../blocks';
import { endsClosed } from '../clean/chars';
import { candidateOf, isProse, type Candidate } from './candidates';
import { readMarker } from './numbering';
import { bodyEnd, bodyStart } from './region';
import { acceptRun, leadOf } from './leads';
import { nest, type Context, type Nested } from './levels';

/**
 * What a part heading talks about: the year or half-year, the work, its review or plan. A short
 * line without such words (a slogan quoted on its own line) needs bold type to count.
 */
const PART_HINT = /^(20\d\d|[二两兩]〇)|回望|展望|回眸|工作|回顾|回顧|总结|總結|打算|任务|任務|安排|建议|建議|计划|計劃|目标|目標|思路|部署|情况|情況|成绩|成績|问题|問題|不足|措施|举措|舉措|体会|體會|经验|經驗|要点|要點|设想|設想|上半年|下半年|过去|過去|今后|今後|明年|今年/u;

/**
 * 各位代表！ on its own opens a report's closing words: what follows it holds no subheads. Right
 * under a part heading (过去一年的主要工作 / 各位代表！ / …) it opens that part instead.
 */
const CLOSING = /^(各位(代表|委员|委員|同志)|同志们|同志們)[！!]$/u;

/** An unnumbered line is a heading only where one can stand: body text or a numbered heading follows. */
function partFits(blocks: Block[], cands: (Candidate | null)[], i: number, start: number): boolean {
  // An address on its own line (各位代表！) may open the part: what it heads comes after it.
  const j = CLOSING.test(blocks[i + 1]?.text.trim() ?? '') ? i + 2 : i + 1;
  const next = blocks[j];
  if (!next || cands[j]?.kind === 'part') return false;
  if (cands[i]!.style === 'part' && !PART_HINT.test(blocks[i]!.text)) return false;
  // Inside the body a part heading follows a finished paragraph; the first one follows the title.
  const prev = blocks[i - 1];
  if (i > start && prev && !endsClosed(prev.text) && !cands[i - 1]) return false;
  return cands[j]?.kind === 'numbered' || cands[j]?.kind === 'markup' || isProse(next);
}

function structural(blocks: Block[]): { heads: Candidate[]; start: number; end: number } {
  const cands = blocks.map((b, i) => candidateOf(b, i));
  const start = bodyStart(blocks, cands);
  const end = bodyEnd(blocks, start);
  const heads: Candidate[] = [];
  // A numbered paragraph that is no heading (1、获得…先进单位，…，…) makes the paragraphs numbered on
  // after it, line after line, items of the same list: 2、 and 3、 there are not headings either.
  let list: { style: string; last: number } | null = null;
  for (let i = start; i < end; i++) {
    const c = cands[i];
    const marker = c ? c.marker : readMarker(blocks[i]!.text);
    const listed: boolean = list !== null && marker !== null && marker.style === list.style && marker.value === list.last + 1;
    list = marker && (!c || listed) ? { style: marker.style, last: marker.value } : null;
    if (listed) continue;
    if (c && (c.kind !== 'part' || partFits(blocks, cands, i, start))) heads.push(c);
  }
  return { heads, start, end };
}

function leadsBetween(blocks: Block[], heading: Candidate | null, from: number, to: number): Candidate[] {
  const leads: Candidate[] = [];
  for (let i = from; i < to; i++) {
    if (CLOSING.test(blocks[i]!.text.trim())) { to = i; break; }
    const lead = leadOf(blocks[i]!, i, blocks[i + 1]);
    if (lead) leads.push(lead);
  }
  const sharesLine = heading !== null && heading.end < blocks[heading.block]!.text.length;
  return acceptRun(leads, to - from + (sharesLine ? 1 : 0));
}

function leadRuns(blocks: Block[], heads: Candidate[], start: number, end: number): Candidate[] {
  if (heads.length === 0) return leadsBetween(blocks, null, start, end);
  const out: Candidate[] = [];
  heads.forEach((h, k) => {
    const to = heads[k + 1]?.block ?? end;
    out.push(...leadsBetween(blocks, h, h.block + 1, to));
  });
  return out;
}

export function findHeadings(blocks: Block[]): Nested[] {
  const ctx: Context = {
    standalone: (c) => c.end >= blocks[c.block]!.text.length,
    announced: (c) => /[:：]$/u.test(blocks[c.block - 1]?.text ?? ''),
  };
  const { heads, start, end } = structural(blocks);
  const kept = nest(heads, ctx).map((n) => n.cand);
  const leads = leadRuns(blocks, kept, start, end);
  const all = [...kept, ...leads].sort((a, b) => a.block - b.block);
  return nest(all, ctx);
}
