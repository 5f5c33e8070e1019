// Snippets in the report's own script: a window of context cut from the original paragraph around a
// match already mapped back from folded text (see locate.ts). Marks are offsets into the snippet;
// highlightHtml() turns them into escaped HTML with <mark>.
import type { Snippet } from './types';

/** What a snippet reads of a paragraph's original text: a string, or a window of it made on demand (locate.ts). */
export interface TextSource {
  readonly length: number;
  charCodeAt(i: number): number;
  /** [from, to) at character boundaries. */
  slice(from: number, to: number): string;
}

/** Moves an offset off the second half of a surrogate pair, so a cut never splits a character. */
function safeCut(text: TextSource, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/** The first of `marks` (in text order) starting at or after `at`. */
function firstFrom(marks: [number, number][], at: number): number {
  let lo = 0, hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]![0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `others`: the paragraph's matches in text order, none longer than `longest`. Only those that can
 * reach into the window are visited, so a paragraph with thousands of hits costs each snippet a
 * binary search, not a pass over all of them.
 */
export function makeSnippet(original: TextSource, hit: [number, number], others: [number, number][], context: number, longest: number): Snippet {
  const from = safeCut(original, Math.max(0, hit[0] - context));
  const to = safeCut(original, Math.min(original.length, hit[1] + context));
  const marks: [number, number][] = [[hit[0] - from, hit[1] - from]];
  for (let i = firstFrom(others, from - longest); i < others.length; i++) {
    const [s, e] = others[i]!;
    if (s >= to) break;
    if ((s === hit[0] && e === hit[1]) || e <= from) continue;
    marks.push([Math.max(s, from) - from, Math.min(e, to) - from]);
  }
  return { text: original.slice(from, to), marks, cutStart: from > 0, cutEnd: to < original.length };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped snippet text with every mark wrapped in <mark>; overlapping marks are merged. */
export function highlightHtml(snippet: Snippet, ellipsis = '…'): string {
  const marks = [...snippet.marks].sort((a, b) => a[0] - b[0]);
  let html = snippet.cutStart ? ellipsis : '';
  let at = 0;
  for (const [s, e] of marks) {
    const start = Math.max(s, at);
    if (e <= start) continue;
    html += escapeHtml(snippet.text.slice(at, start)) + '<mark>' + escapeHtml(snippet.text.slice(start, e)) + '</mark>';
    at = e;
  }
  return html + escapeHtml(snippet.text.slice(at)) + (snippet.cutEnd ? ellipsis : '');
}
