// The domain model of a parsed report: what the parser produces, the store keeps and the UI shows.
// Field names follow the parse contract in the README (DESIGN.md's JSON), extra fields are ours.

import type { ParseWarning } from './warnings';

export type { ParseWarning };

export type Format = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'pdf' | 'image';
export type Script = 'simplified' | 'traditional' | 'mixed';
export type Body = 'cppcc' | 'npc' | 'government' | 'party' | 'other';
/** Every body, in the order filters and forms list them. */
export const BODIES: readonly Body[] = ['cppcc', 'npc', 'government', 'party', 'other'];
export type Kind = 'work-report' | 'half-year' | 'other';

/** One paragraph of cleaned text; headings are paragraphs too. */
export interface Paragraph {
  text: string;
  /** Index of the outline heading this paragraph is, if it is one. */
  heading?: number;
}

export interface Heading {
  level: number;
  /** The heading's own numbering without decoration: 一, (一), 1, (1); null when unnumbered. */
  number: string | null;
  /** Heading text without its numbering and without a final 。 */
  title: string;
  /** Paragraph index where the heading stands. */
  para: number;
  /** Paragraph range [start, end) the heading governs (its own paragraph up to the next heading of equal or higher level). */
  span: [number, number];
  /** How the heading was recognised. */
  source: 'numbered' | 'part' | 'lead' | 'markup';
}

export interface Figure {
  /** The phrase as written: what was counted, the number, the measure word. */
  text: string;
  /** Value in base units: 1.4萬件 -> 14000, 29.33萬元 -> 293300. */
  value: number;
  unit: string;
  /** Modifier as written (约, 余, 以上, 左右, 近 …) or null. */
  modifier: string | null;
  approximate: boolean;
  /** Paragraph index and character offset in that paragraph. */
  para: number;
  offset: number;
  /** Index into outline of the innermost heading governing the figure, or -1 before the first heading. */
  section: number;
  /** The upper end of a range (6.5%—7% -> value 6.5, valueHigh 7); absent for a single number. */
  valueHigh?: number;
  /** What the number measures as the report names it (生产总值, 城镇调查失业率), or null. */
  indicator?: string | null;
  /** Canonical key of the indicator (gdp, cpi, unemployment …; see parse/figures/indicator-rules.ts), or null. */
  indicatorKey?: string | null;
  /** Target of the plan year, result of the reviewed year, goal of a longer period, or null. */
  role?: FigureRole;
  /** The year the number is about: plan year for targets, review year for results, end year for period targets. */
  year?: number | null;
}

export type FigureRole = 'target' | 'result' | 'period-target' | null;

/** A report's explicit statement that it sets no target for an indicator in its plan year. */
export interface TargetAbsence {
  indicator: string;
  indicatorKey: string;
  year: number | null;
  /** The sentence that says so, and its paragraph. */
  text: string;
  para: number;
}

export interface ReportMeta {
  title: string | null;
  body: Body;
  kind: Kind;
  locality: string | null;
  session: string | null;
  meetingDate: string | null;
  publishDate: string | null;
  speaker: string | null;
  speakerPost: string | null;
  reviewYear: number | null;
  planYear: number | null;
}

/** One field of the labelled block a scraper writes above the text (标题：…, 报告人：…, 来源URL：…). */
export interface SourceField { label: string; value: string }

export interface ParsedReport extends ReportMeta {
  fileName: string;
  format: Format;
  encoding: string;
  script: Script;
  parserVersion: number;
  paragraphs: Paragraph[];
  outline: Heading[];
  figures: Figure[];
  /** Indicators the report explicitly sets no target for (没有提出全年经济增速具体目标). */
  absences?: TargetAbsence[];
  /** Reports stored by parser versions before warnings had codes hold plain strings (StoredWarning). */
  warnings: ParseWarning[];
  /** The scraper's labelled header, read into the metadata and kept apart from the text. */
  sourceFields?: SourceField[];
  /** PDF and image reports: the page each run of paragraphs came from, for the page-image view. */
  pages?: PageStart[];
  /** Reports read wholly or partly by OCR. */
  ocr?: OcrInfo;
}

/** Paragraphs from `para` up to the next entry's `para` came from page `page` (1-based). */
export interface PageStart { page: number; para: number }

export interface OcrInfo {
  /** The language data the text was recognised with. */
  script: 'simplified' | 'traditional';
  /** 1-based pages read by OCR (a mixed PDF reads its text pages directly). */
  pages: number[];
  /** Tesseract's mean word confidence over those pages, 0..100. */
  confidence: number;
}

import type { ParseError } from './errors';

export type ParseResult =
  | { ok: true; report: ParsedReport }
  | ({ ok: false; fileName: string } & ParseError);
