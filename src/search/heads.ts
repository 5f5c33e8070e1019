// Title and heading text of every report in one string, so a word's title and heading counts in
// every matched report come from one scan of it instead of one scan (and its call overhead) per
// report: ranking thousands of matched reports needs them all. Rebuilt lazily after adds and removes.
import { nextOccurrence, startsWord } from './match';
import type { PreparedTerm } from './scan';
import type { DocCore } from './types';

export class Heads {
  private text = '';
  /** Per entry (reports in slot order): where its text starts, where its title line ends, its slot. */
  private starts = new Int32Array(0);
  private titleEnds = new Int32Array(0);
  private slotOf = new Int32Array(0);
  private stale = true;

  invalidate(): void {
    this.stale = true;
  }

  private build(slots: readonly (DocCore | null)[]): void {
    const parts: string[] = [];
    const starts: number[] = [];
    const titleEnds: number[] = [];
    const slotOf: number[] = [];
    let at = 0;
    slots.forEach((doc, slot) => {
      if (!doc) return;
      // The report's heads (see doc.ts): its title line, '\n', its other heading lines.
      starts.push(at);
      titleEnds.push(at + doc.headAt[1]! - 1);
      slotOf.push(slot);
      parts.push(doc.heads);
      at += doc.heads.length;
      // Reports are joined by '\n' like the lines inside one report's headText: no word spans it,
      // and a word after it starts a word as it does at the start of a text.
      parts.push('\n');
      at++;
    });
    this.text = parts.join('');
    // Each report's heads become a slice of the joined text, so the library's headings are held once,
    // not twice (V8 keeps a slice of 13 units or more as a view of its parent; 5 MB at 5,000 reports).
    // The old text goes once every report points into the new one.
    slotOf.forEach((slot, k) => {
      const doc = slots[slot]!;
      doc.heads = this.text.slice(starts[k]!, starts[k]! + doc.heads.length);
    });
    this.starts = Int32Array.from(starts);
    this.titleEnds = Int32Array.from(titleEnds);
    this.slotOf = Int32Array.from(slotOf);
    this.stale = false;
  }

  /** Whether counts() gives exactly what a scan of each report's headText gives (no word holds a line break). */
  static fits(term: PreparedTerm): boolean {
    return !term.text.includes('\n');
  }

  /**
   * Occurrences of the word in each report's title and in its other headings, by slot, counted up
   * to `most` of each: ranking asks only whether the title holds it and for at most a few headings.
   * A report's count reaching its cap skips the rest of its title or heads: a common character (。,
   * 、) stands in most lead sentences, and every one of them was a step of the scan.
   */
  counts(slots: readonly (DocCore | null)[], term: PreparedTerm, most: { title: number; heading: number }): { title: Int32Array; heading: Int32Array } {
    if (this.stale) this.build(slots);
    const title = new Int32Array(slots.length);
    const heading = new Int32Array(slots.length);
    const { starts, titleEnds, slotOf, text } = this;
    const needle = term.text;
    const wordStart = startsWord(term);
    let k = 0;
    let at = nextOccurrence(text, needle, wordStart, 0);
    while (at >= 0) {
      while (k + 1 < starts.length && starts[k + 1]! <= at) k++;
      const slot = slotOf[k]!;
      let from = at + needle.length;
      if (at < titleEnds[k]!) {
        if (++title[slot]! >= most.title) from = Math.max(from, titleEnds[k]!);
      } else if (++heading[slot]! >= most.heading) {
        // The report's heads end where the next report's start (its text's end, for the last).
        from = k + 1 < starts.length ? starts[k + 1]! : text.length;
      }
      at = nextOccurrence(text, needle, wordStart, from);
    }
    return { title, heading };
  }
}
