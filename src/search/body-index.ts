// The body-text index: which sections hold each character and character pair of the folded text,
// in segments of postings (see postings.ts). Reports are added and removed one by one; commit()
// seals what was added into a segment and merges segments in tiers (each posting is rewritten a
// few times at most), so the caller persists a few segments per batch, never the whole index.
import type { Segment } from './postings';
import { SegmentBuilder } from './segment-build';
import { mergeSegments } from './segment-merge';
import { sectionCount } from './sections';
import type { NewDoc } from './doc';
import type { DocCore } from './types';

/** Segments whose section counts share a tier (powers of MERGE_FAN) merge MERGE_FAN at a time. */
const MERGE_FAN = 16;
/** A segment more than this share dead (its reports deleted or re-indexed) is rewritten alone. */
const MAX_DEAD = 0.5;

export interface Commit {
  /** Segments to store (an id is its firstSec; a merged one reuses its oldest part's id). */
  put: Segment[];
  /** Ids of stored segments to delete first. */
  drop: number[];
}

const tier = (s: Segment) => Math.floor(Math.log(Math.max(1, s.endSec - s.firstSec)) / Math.log(MERGE_FAN));

export class BodyIndex {
  segments: Segment[] = [];
  /** Owner slot of each section id; -1 once its report is removed (its postings are then skipped). */
  owner = new Int32Array(1024).fill(-1);
  private nextSec = 0;
  private builder = new SegmentBuilder();
  /** Segments rewritten alone for their dead share, with how many of their sections were dead then. */
  private deadWhenWritten = new WeakMap<Segment, number>();
  /**
   * Dead sections of each segment counted so far, kept up to date from the ranges removed: a commit
   * that counted every segment's sections afresh cost each batch of an import the whole library.
   */
  private dead = new WeakMap<Segment, number>();
  /** Section ranges [from, end) removed since the last commit. */
  private removed: number[] = [];

  readonly live = (sec: number): boolean => this.owner[sec]! >= 0;

  private claim(end: number): void {
    if (end <= this.owner.length) return;
    let size = this.owner.length;
    while (size < end) size *= 2;
    const owner = new Int32Array(size).fill(-1);
    owner.set(this.owner);
    this.owner = owner;
  }

  /** Gives the report its section ids and queues its postings for the next commit. */
  add(slot: number, doc: NewDoc): void {
    const base = (doc.secBase = this.nextSec);
    this.nextSec += sectionCount(doc);
    this.claim(this.nextSec);
    for (let i = 0; i < sectionCount(doc); i++) {
      this.owner[base + i] = slot;
      this.builder.addSection(base + i, doc.folded, doc.paraStart[doc.secStart[i]!]!, doc.paraStart[doc.secStart[i + 1]!]! - 1);
    }
  }

  remove(doc: DocCore): void {
    this.owner.fill(-1, doc.secBase, doc.secBase + sectionCount(doc));
    this.removed.push(doc.secBase, doc.secBase + sectionCount(doc));
  }

  /** A stored report back in place: its sections are in the stored segments already. */
  restore(slot: number, doc: DocCore): void {
    const end = doc.secBase + sectionCount(doc);
    this.claim(end);
    this.owner.fill(slot, doc.secBase, end);
    this.nextSec = Math.max(this.nextSec, end);
    // Sections live again: dead counts kept so far are taken afresh when next asked.
    this.dead = new WeakMap();
  }

  /** Stored segments back in place (oldest first); false when they do not fit together. */
  restoreSegments(segments: Segment[]): boolean {
    const sorted = [...segments].sort((a, b) => a.firstSec - b.firstSec);
    for (let i = 1; i < sorted.length; i++) if (sorted[i]!.firstSec < sorted[i - 1]!.endSec) return false;
    this.segments = sorted;
    this.nextSec = Math.max(this.nextSec, sorted.at(-1)?.endSec ?? 0);
    return true;
  }

  /**
   * Whether a stored report's sections lie inside the stored segments (else it must be re-indexed).
   * They may run over adjacent segments: a batch that grows past the seal's limit is sealed early,
   * inside a report (one report of over two million characters always is).
   */
  covers(doc: DocCore): boolean {
    const end = doc.secBase + sectionCount(doc);
    let at = doc.secBase;
    // Segments ascend and do not overlap: each that holds the next uncovered section covers up to its end.
    for (const s of this.segments) {
      if (at >= end) break;
      if (s.firstSec <= at && at < s.endSec) at = s.endSec;
    }
    return at >= end;
  }

  /** Seals the reports added since the last commit and merges or compacts segments as needed. */
  commit(): Commit {
    const out: Commit = { put: [], drop: [] };
    for (const sealed of this.builder.sealAll()) {
      this.segments.push(sealed);
      out.put.push(sealed);
    }
    this.countRemoved();
    for (;;) {
      const tail = this.segments.slice(-MERGE_FAN);
      // Segments whose postings are still being read merge at a commit after (their bytes are copied).
      if (tail.length < MERGE_FAN || tail.some((s) => tier(s) !== tier(tail[0]!) || s.unread)) break;
      this.replace(this.segments.length - MERGE_FAN, tail, out);
    }
    this.segments.forEach((s, i) => {
      const dead = this.deadIn(s);
      // A rewrite keeps the segment's section range, dead sections included: it is rewritten again
      // only once more of them died, not at every commit after.
      if (!s.unread && dead / Math.max(1, s.endSec - s.firstSec) > MAX_DEAD && dead > (this.deadWhenWritten.get(s) ?? 0)) {
        this.replace(i, [s], out);
        this.deadWhenWritten.set(this.segments[i]!, dead);
      }
    });
    return out;
  }

  /** After a commit: the memory the batches grew goes (see SegmentBuilder.release). */
  trim(): void {
    this.builder.release();
  }

  private replace(at: number, old: Segment[], out: Commit): void {
    const merged = mergeSegments(old, this.live);
    // A rewrite keeps its parts' section ranges, their dead sections included.
    this.dead.set(merged, old.reduce((n, s) => n + this.deadIn(s), 0));
    this.segments.splice(at, old.length, merged);
    const gone = new Set(old);
    out.put = out.put.filter((s) => !gone.has(s));
    for (const s of old) if (!out.drop.includes(s.firstSec)) out.drop.push(s.firstSec);
    out.put.push(merged);
  }

  /** A segment's dead sections: counted once (a new or restored segment), then kept by countRemoved and replace. */
  deadIn(s: Segment): number {
    let dead = this.dead.get(s);
    if (dead !== undefined) return dead;
    dead = 0;
    for (let sec = s.firstSec; sec < s.endSec; sec++) if (this.owner[sec]! < 0) dead++;
    this.dead.set(s, dead);
    return dead;
  }

  /**
   * Adds the ranges removed since the last commit to the counts of the segments holding them (a
   * section dies once: a report is removed once). A segment not counted yet sees them when it is.
   */
  private countRemoved(): void {
    const { removed, segments } = this;
    for (let k = 0; k < removed.length; k += 2) {
      const from = removed[k]!;
      const end = removed[k + 1]!;
      // Segments ascend by section and do not overlap: the first that ends past `from`, then on.
      let lo = 0;
      let hi = segments.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (segments[mid]!.endSec <= from) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < segments.length && segments[i]!.firstSec < end; i++) {
        const s = segments[i]!;
        const counted = this.dead.get(s);
        if (counted !== undefined) this.dead.set(s, counted + Math.min(end, s.endSec) - Math.max(from, s.firstSec));
      }
    }
    this.removed = [];
  }
}
