// From a query word to the sections that hold it, through the body index: the postings of the
// word's rarest keys are intersected, then each candidate section is verified by an exact scan of
// its folded text, unless the postings' counts are already exact (one character, two different
// characters or a listed trigram that cannot overlap itself, needing no word start), in which case
// no text is read at all.
import type { BodyIndex } from './body-index';
import { nextPackedOccurrence, startsWord } from './match';
import { pack } from './packed';
import { countsAt, keyCost, lookup, pairKey, PostingList, type Segment } from './postings';
import type { Term } from './query-parse';
import { overlapsItself, settle, settleKeys, settleWordStart, wordChain, wordStartKeys, type Chain } from './settle';
import { isTrigramKey } from './trigrams';
import type { DocText } from './types';

export interface PreparedTerm extends Term {
  /** Postings keys every section holding the word holds (see prepareTerm). */
  keys: number[];
  /** Whether the postings count the word exactly (no scan needed). */
  exact: boolean;
  /** The word packed (packed.ts), as verification looks for it in the packed texts. */
  packed: string;
  /** Keys whose counts may settle the word's count in a section (settle.ts), or null. */
  settle: Chain | null;
}

/**
 * A list many times longer than the candidates costs more to decode than verifying them does; how
 * many times is scaled by the share of candidates the last list struck out (the next list usually
 * strikes out no more: a word's pairs after the rarest two mostly come with them).
 */
const SKIP_RATIO = 64;

/**
 * The word's keys: its chain (settle.ts: listed trigrams, else pairs); with a space in it, its
 * indexed pairs; failing those (a word of punctuation, or one character) its characters above
 * U+0020. Exact: one character, or a pair of two different ones, or a listed trigram that cannot
 * overlap itself, needing no word start.
 */
export function prepareTerm(t: Term): PreparedTerm {
  const s = t.text;
  const chain = wordChain(s);
  const keys = new Set<number>(chain?.keys);
  if (keys.size === 0) {
    for (let i = 1; i < s.length; i++) {
      const pair = pairKey(s.charCodeAt(i - 1), s.charCodeAt(i));
      if (pair !== null) keys.add(pair);
    }
  }
  if (keys.size === 0) for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x20) keys.add(s.charCodeAt(i));
  const only = keys.size === 1 ? [...keys][0]! : -1;
  const pairCounted = s.length === 2 && s[0] !== s[1] && only === ((s.charCodeAt(0) << 16) | s.charCodeAt(1)) >>> 0;
  const trigramCounted = s.length === 3 && isTrigramKey(only) && !overlapsItself(s);
  const exact = !startsWord(t) && (s.length === 1 || pairCounted || trigramCounted);
  return { ...t, keys: [...keys], exact, packed: pack(s).packed, settle: exact ? null : settleKeys(t, chain) };
}

/**
 * Every key matching the word may read postings of: its keys, the keys settling its count and the
 * pairs before a lone word-start unit (read ahead while postings are still being read from the store).
 */
export function termReadKeys(t: PreparedTerm): number[] {
  return [...t.keys, ...(t.settle?.keys ?? []), ...(t.settle?.overlaps ?? []), ...wordStartKeys(t)];
}

/** Counts of a key at the candidates (kept between queries: no garbage per query). */
let found = new Int32Array(1024);

/** Keeps the sections of `list` that hold `key`; each count becomes the smaller of the two (a word is met at most that often). */
function narrow(segments: readonly Segment[], key: number, list: PostingList): void {
  if (found.length < list.n) found = new Int32Array(list.secs.length);
  countsAt(segments, key, list.secs, 0, list.n, found);
  const { secs, counts } = list;
  let w = 0;
  for (let p = 0; p < list.n; p++) {
    if (found[p]! > 0) { secs[w] = secs[p]!; counts[w++] = Math.min(counts[p]!, found[p]!); }
  }
  list.n = w;
}

/** Where the next occurrence is not looked for yet (verify). */
const UNREAD = -2;

/**
 * Sections `keep` accepts that may hold the word (all of them hold it when term.exact, counts exact;
 * else each count is at least the word's). `keepsLive`: keep accepts every live section (no filter),
 * so a segment with no dead section is taken whole.
 */
export function candidates(body: BodyIndex, term: PreparedTerm, keep: (sec: number) => boolean, keepsLive = false): PostingList {
  const keys = term.keys.map((k) => ({ k, cost: keyCost(body.segments, k) })).sort((a, b) => a.cost - b.cost);
  // Sized once (a posting takes at least a byte): no list grown and thrown away per segment.
  const out = new PostingList(keys[0]!.cost);
  lookup(body.segments, keys[0]!.k, out, keep, keepsLive ? (seg) => body.deadIn(seg) === 0 : undefined);
  let struck = 1;
  for (let i = 1; i < keys.length && out.n > 0; i++) {
    if (keys[i]!.cost > out.n * SKIP_RATIO * struck) break;
    const before = out.n;
    // No filter: the intersection keeps only sections already kept.
    narrow(body.segments, keys[i]!.k, out);
    struck = (before - out.n) / before;
  }
  return out;
}

/**
 * Replaces candidate counts by exact ones, dropping sections without the word: from key counts
 * where they decide it (settle.ts), else from the text. A run of consecutive sections to read is
 * one slice of the report's packed text (a word never spans the line break between two sections),
 * each occurrence counted in the section it falls in. A report whose text `textAt` does not hold
 * keeps its candidates unverified, and `missing` hears of it (its text is read, then they are verified).
 */
export function verify(body: BodyIndex, textAt: (slot: number) => DocText | undefined, baseOf: (slot: number) => number, term: PreparedTerm, list: PostingList, missing?: (slot: number) => void): void {
  if (term.exact) return;
  const known = settleWordStart(body, term, list) ?? settle(body, term.settle, (k) => keyCost(body.segments, k), list);
  const { secs, counts } = list;
  const { owner } = body;
  const needle = term.packed;
  const wordStart = startsWord(term);
  // A word with a line break in it (a quoted one) could span two sections: it reads them one by one.
  const runs = !term.text.includes('\n');
  const open = (k: number) => !known || known[k]! < 0;
  let n = 0;
  let slot = -1;
  let text: DocText | undefined;
  let base = 0;
  for (let p = 0; p < list.n; ) {
    const first = secs[p]!;
    if (!open(p)) {
      if (known![p]! > 0) { secs[n] = first; counts[n++] = known![p]!; }
      p++;
      continue;
    }
    // A report's text and section offsets are looked up once per report, not per section.
    if (owner[first] !== slot) { slot = owner[first]!; text = textAt(slot); base = baseOf(slot); }
    let q = p + 1;
    while (runs && q < list.n && open(q) && secs[q] === secs[q - 1]! + 1 && owner[secs[q]!] === slot) q++;
    if (text === undefined) {
      missing?.(slot);
      for (; p < q; p++) { secs[n] = secs[p]!; counts[n++] = counts[p]!; }
      continue;
    }
    // A text the source lost holds nothing: its sections drop out.
    if (text.starts.length === 0) { p = q; continue; }
    // Section i of the report is packed[starts[i], starts[i + 1] - 1): the '\n' after it is one byte.
    const starts = text.starts;
    const from = starts[first - base]!;
    const run = text.packed.slice(from, starts[secs[q - 1]! - base + 1]! - 1);
    let at = nextPackedOccurrence(run, needle, wordStart, 0);
    for (let k = p; k < q; k++) {
      // A section's scan ends at its last possible occurrence: the word is met at most as often as
      // any one of its keys, whose count the candidate carries.
      if (at === UNREAD) at = nextPackedOccurrence(run, needle, wordStart, starts[secs[k]! - base]! - from);
      const end = starts[secs[k]! - base + 1]! - 1 - from;
      const most = counts[k]!;
      let count = 0;
      while (at >= 0 && at < end) {
        if (++count === most) { at = UNREAD; break; }
        at = nextPackedOccurrence(run, needle, wordStart, at + needle.length);
      }
      if (count > 0) { secs[n] = secs[k]!; counts[n++] = count; }
    }
    p = q;
  }
  list.n = n;
}
