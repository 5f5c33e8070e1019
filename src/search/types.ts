// Public shapes of the search layer: what a query returns, what filters accept, and the per-report
// record the index keeps (and exports, versioned, for IndexedDB). Plain data only, so every value
// here survives structuredClone and JSON between the worker, the store and the page.
import type { Body, Kind } from '../model/report';

/** What a report contributes to filters and ranking, besides its text. */
export interface DocMeta {
  fileName: string;
  title: string | null;
  body: Body;
  kind: Kind;
  locality: string | null;
  /** Every year the report speaks for (reviewed, planned, meeting, publication), ascending. */
  years: number[];
}

/** A run of paragraphs governed by one innermost heading (-1: before the first heading). */
export interface DocSection {
  heading: number;
  /** Paragraph range [start, end). */
  start: number;
  end: number;
}

/**
 * One report as the index keeps it in memory: metadata, paragraph and section tables, and its
 * folded title and headings (ranking reads them for every match). Numbers live in typed arrays and
 * heading titles in one string: a report's tables cost a few hundred bytes, not thousands of small
 * objects (see sectionPath in doc.ts). Its text (DocText) lives in a text source, read on demand.
 */
export interface DocCore {
  id: string;
  meta: DocMeta;
  paraCount: number;
  /** Paragraph indexes that are headings, ascending (ranked above body text). */
  headingParas: Uint32Array;
  /** Paragraph index of the title line, or -1. */
  titlePara: number;
  /** Section i is paragraphs [secStart[i], secStart[i + 1]) (the last entry is paraCount)... */
  secStart: Uint32Array;
  /** ...under outline heading secHead[i] (-1: before the first heading). Typed arrays, not an object per section: 155,000 sections at 5,000 reports. */
  secHead: Int32Array;
  /** The outline's heading titles (original script), each followed by '\u0000', in outline order. */
  titles: string;
  /** Section i's heading path is paths[paths[i], paths[i + 1]) as outline indexes (top level first). */
  paths: Uint32Array;
  /** paraStart[i] is paragraph i's offset in the folded text (all paragraphs joined by '\n'). */
  paraStart: Uint32Array;
  /** The folded title paragraph, then '\n' and each other heading paragraph in order (see headText in doc.ts). */
  heads: string;
  /** Start of each line of heads, plus its length + 1: line 0 the title, line k the k-th other heading. */
  headAt: Uint32Array;
  /** Id of the report's first section in the body index (its sections are secBase, secBase + 1, ...). */
  secBase: number;
}

/** What only verification, hits, snippets and concordance read of a report: kept out of the heap. */
export interface DocText {
  /** All paragraphs folded and joined by '\n', packed (packed.ts): what verification reads. */
  packed: string;
  /** Packed offset where each section starts, then one past the packed text's end (as paraStart's last entry is). */
  starts: Uint32Array;
  /** Offsets of the paragraphs in the original text joined the same way; null: paraStart itself (no shifts). */
  origStart: Uint32Array | null;
  /** Where folded and original offsets part (see Folded.shifts in text/fold); usually empty. */
  shifts: number[];
  /** Original units that folding changed in place, and the original of each shift (see original.ts). */
  always: string;
  subGaps: Uint8Array;
  subMarks: Uint32Array;
  subText: string;
  shiftText: string;
}

/** A report with its text: what hits, snippets and concordance lines are made from. */
export interface IndexedDoc extends DocCore, Omit<DocText, 'origStart'> {
  /** The folded text [from, to) of a range inside one section (a paragraph, a section): unpacked as read. */
  foldedIn(from: number, to: number): string;
  origStart: Uint32Array;
}

export interface SearchFilters {
  body?: Body | Body[];
  /** Matched against the report's locality after folding, as a substring (义乌 finds 义乌市). */
  locality?: string;
  yearFrom?: number;
  yearTo?: number;
  kind?: Kind | Kind[];
  reportId?: string;
}

export interface QueryOptions {
  filters?: SearchFilters;
  /** Where all words must meet and a -word excludes: the whole report (default) or one section. */
  scope?: 'report' | 'section';
  /** Report groups returned (counts always cover every match). Default 50. */
  maxReports?: number;
  /**
   * The order of the groups: by relevance (default), or newest or oldest first by the latest year a
   * report speaks for (reviewed, planned, meeting, publication); undated reports last.
   */
  order?: 'score' | 'newest' | 'oldest';
  /** Hits with snippets per report group. Default 3. */
  hitsPerReport?: number;
  /** Characters of context on each side of a match in snippets. Default 40. */
  context?: number;
}

/** A concordance's reports, scope, context on each side (characters), number of lines and order. */
export interface KwicOptions {
  /** One report only: filters.reportId. */
  filters?: SearchFilters;
  /** As the query's: in section scope, only hits in sections holding every word (and no excluded one). */
  scope?: 'report' | 'section';
  context?: number;
  limit?: number;
  sort?: 'left' | 'right' | 'match';
}

export interface Snippet {
  /** Original-script text around the match; may start or end mid-sentence. */
  text: string;
  /** [start, end) offsets into text of every query match inside the snippet, the hit's own first. */
  marks: [number, number][];
  /** True when text was cut at the start / end. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface Hit {
  reportId: string;
  para: number;
  /** Offsets of the match in the original paragraph text. */
  start: number;
  end: number;
  section: number;
  path: string[];
  where: 'title' | 'heading' | 'body';
  score: number;
  snippet: Snippet;
}

export interface ReportResult {
  id: string;
  fileName: string;
  title: string | null;
  score: number;
  hitCount: number;
  hits: Hit[];
}

export interface SearchResult {
  query: string;
  hitCount: number;
  reportCount: number;
  reports: ReportResult[];
  /** Words the query asked for, folded, for highlighting elsewhere (e.g. in the report view). */
  terms: string[];
  /** When exclusions leave no report: the query without them and what it finds (same filters and scope). */
  withoutExclusions?: { query: string; hitCount: number; reportCount: number };
}

export interface KwicLine {
  reportId: string;
  para: number;
  section: number;
  path: string[];
  left: string;
  match: string;
  right: string;
}

/** One entry of the search box's suggestion list. */
export interface Suggestion {
  /** A report, a section of one (its heading matched), or a completed query to run in full. */
  kind: 'report' | 'section' | 'query';
  /** Report title, heading path, or the query text. */
  text: string;
  reportId?: string;
  /** Outline index of the matched heading (the report route's ?section=). */
  section?: number;
  score: number;
}
