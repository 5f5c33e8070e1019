// Text with some of its characters marked: search hits in snippets and in the report text. The text
// is only ever rendered as text nodes (report text is untrusted; it is never parsed as HTML).
import type { ComponentChildren } from 'preact';

/** [start, end) into the whole paragraph, and optionally the number of the hit it belongs to. */
export type Range = readonly [number, number, number?];

interface Props {
  text: string;
  ranges: readonly Range[];
  /** Where `text` starts in the paragraph the ranges count in (a run-in heading splits one). */
  offset?: number;
}

export function Marked({ text, ranges, offset = 0 }: Props) {
  const end = offset + text.length;
  const inside = ranges.filter(([s, e]) => e > offset && s < end).slice().sort((a, b) => a[0] - b[0]);
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const [s, e, hit] of inside) {
    const from = Math.max(s - offset, at);
    const to = Math.min(e - offset, text.length);
    if (to <= from) continue;
    if (from > at) out.push(text.slice(at, from));
    out.push(<mark key={from} data-hit={hit}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
