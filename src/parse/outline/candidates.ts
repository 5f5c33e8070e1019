// Which blocks could be structural headings, judged one block at a time: numbered paragraphs
// (一、 / (一) / 1. …, possibly with body text after the heading sentence), unnumbered part lines
// (2018年工作回顾), whole-line bold lines and markup headings. Sequence and nesting are decided later.
import type { Block } from '../blocks';
import { charLength, longerThan } from '../clean/chars';
import { readMarker, type Marker } from './numbering';
import { firstSentence, stripFinalMarks } from './sentence';

export type Kind = 'numbered' | 'part' | 'markup' | 'lead';

export interface Candidate {
  block: number;
  kind: Kind;
  /** Nesting style: a numbering style, or part / bold / lead / m<level> for unnumbered headings. */
  style: string;
  marker: Marker | null;
  /** End of the heading's own text in the block; body text sharing the line follows. */
  end: number;
  title: string;
  /** A lead whose shape alone is not enough (long, two clauses): kept only in a run sharing its opening. */
  loose?: true;
}

/** A heading sentence longer than this is body text that happens to start with a number. */
export const MAX_TITLE = 60;
const MAX_PART = 30;
const MAX_MARKUP = 40;
const NO_PUNCTUATION = /^[^。，,；;！!？?：:…]+$/u;
const DATE_LINE = /^[\d〇零○一二三四五六七八九十]{2,4}年[\d一二三四五六七八九十]{1,2}月([\d一二三四五六七八九十]{1,3}日)?$/u;
const BRACKETED = /^[(（【〔[].*[)）】〕\]]$/u;
/** A number with a measure word (12篇, 1.4万件, 26%) — the stuff of report sentences, not headings. */
const FIGURE = /\d+(\.\d+)?[万萬亿億]?(件|次|篇|个|個|项|項|条|條|名|人|家|场|場|户|戶|元|亩|畝|公里|吨|噸|所|座|批|期|%|％)/u;
/**
 * A heading typed before a gap and body text; its clauses may be joined by commas (一、围绕中心，服务
 * 大局，政治协商逐步规范 五年来，…) but it never ends on one, nor on a digit or Latin letter: a space
 * there is a stray space or typographic spacing (2021 年度, GDP 增长).
 */
const SPACED_HEADING = /^([^\s。；;：:！!？?]{1,39}[^\s。，,、；;：:！!？?0-9A-Za-z０-９])[ \u3000\u00a0]+(?=\S)/u;
/** A heading title never opens with a dash, a tilde or a bullet: a document site's chunk number (1、-精品推荐-). */
const BAD_TITLE_START = /^[-—–―_~～·•]/u;
/**
 * A part heading set as a year and a motto after a colon (回望2024：初心如磐担使命接续奋进谱新篇,
 * 展望2025：…): the one colon a part heading may hold.
 */
export const YEAR_MOTTO = /^(?:回望|展望|回眸|奋进|奮進|聚焦|迈向|邁向|决胜|決勝)?(?:19|20)\d\d年?[：:][^。，,；;！!？?：:…\s]{4,30}$/u;
/** A short label ending in a colon at the start of a numbered paragraph. */
const LABEL = /^[^，,。；;：:“”"《》()（）]{2,20}[：:]/u;
/** 一、二、三产业 / 一、二线城市: a numeral run, not a heading number. */
const NUMERAL_RUN = /^[一二三四五六七八九十][、线線级級类類等]/u;
/** Salutations written without their colon (各位代表) and sign-offs are not headings. */
const ADDRESS = /^(各位|同志们|同志們|女士们|女士們|谢谢|謝謝|此致|敬礼|敬禮)/u;

/** A wide gap, or a sentence with commas after it: body text, not a stray space inside a title. */
function bodyAfterGap(gap: RegExpExecArray, rest: string): boolean {
  const spaces = gap[0].slice(gap[1]!.length);
  if (spaces.length >= 2 || spaces.includes('\u3000')) return true;
  const after = rest.slice(gap[0].length);
  const stop = after.search(/[。！？!?]/u);
  return /[，,]/u.test(stop < 0 ? after : after.slice(0, stop));
}

/**
 * Where the heading typed after a number ends within `rest`: at its first sentence, earlier at a
 * run of spaces before body text (一、2022年工作回顾　　一年来，…) or at a short label's colon
 * (（一）总体要求：坚持…). -1 when the first clause closes with ；: a list runs through the paragraph.
 */
function headingEnd(rest: string): number {
  const sentence = firstSentence(rest, MAX_TITLE * 2);
  if (sentence && (sentence.mark === '；' || sentence.mark === ';')) return -1;
  let end = sentence ? sentence.end : rest.length;
  const gap = SPACED_HEADING.exec(rest);
  if (gap && gap[1]!.length < end && rest.length - gap[0].length >= 10 && bodyAfterGap(gap, rest)) end = gap[1]!.length;
  const label = LABEL.exec(rest);
  if (label && label[0].length < end && rest.length - label[0].length >= 10) end = label[0].length;
  return end;
}

function numbered(block: Block, index: number): Candidate | null {
  const marker = readMarker(block.text);
  if (!marker) return null;
  const rest = block.text.slice(marker.length);
  if (NUMERAL_RUN.test(rest)) return null;
  const own = headingEnd(rest);
  if (own < 0) return null;
  const end = marker.length + own;
  const title = stripFinalMarks(rest.slice(0, own).trim());
  const n = charLength(title);
  if (n < 2 || n > MAX_TITLE || /[；;]/u.test(title) || BAD_TITLE_START.test(title)) return null;
  // Counts of work done or a chain of clauses make a numbered sentence an item of a list.
  if (FIGURE.test(title) || (title.match(/[，,]/gu)?.length ?? 0) >= 3) return null;
  return { block: index, kind: 'numbered', style: marker.style, marker, end, title };
}

function unnumbered(block: Block, index: number): Candidate | null {
  const text = block.text;
  // Longer than a markup heading may be, so longer than a part heading too.
  if (longerThan(text, MAX_MARKUP)) return null;
  const n = charLength(text);
  // Markup is a hint: a "heading" that is a sentence, a salutation, a date or bare punctuation is not one.
  if (block.markupLevel !== undefined && n <= MAX_MARKUP && !/[。.：:！!]$/u.test(text) && !ADDRESS.test(text) && !DATE_LINE.test(text)) {
    const title = stripFinalMarks(text);
    if (/[\p{L}\p{N}]/u.test(title)) return { block: index, kind: 'markup', style: `m${block.markupLevel}`, marker: null, end: text.length, title };
  }
  if (n < 2 || n > MAX_PART || !(NO_PUNCTUATION.test(text) || YEAR_MOTTO.test(text)) || /\s/u.test(text)) return null;
  if (DATE_LINE.test(text) || BRACKETED.test(text) || ADDRESS.test(text) || block.listItem) return null;
  const bold = block.boldLead !== undefined && block.boldLead >= text.length;
  return { block: index, kind: 'part', style: bold ? 'bold' : 'part', marker: null, end: text.length, title: text };
}

/** A whole line in lenticular or white brackets (【2022年工作回顾】, 〖一、…〗): a heading typed inside them. */
const WRAPPED = /^[【〖［]([^【】〖〗［］]{2,62})[】〗］]$/u;

/** The heading inside a bracketed line, judged on the inner text; it must fill the brackets. */
function wrapped(block: Block, index: number, inner: string): Candidate | null {
  const bare: Block = { ...block, text: inner.trim() };
  const c = numbered(bare, index) ?? unnumbered(bare, index);
  if (!c || c.end < bare.text.length) return null;
  return { ...c, end: block.text.length };
}

/** The heading a block could be on its own evidence, or null. */
export function candidateOf(block: Block, index: number): Candidate | null {
  const inner = block.text.length <= 64 ? WRAPPED.exec(block.text) : null;
  if (inner) return wrapped(block, index, inner[1]!);
  return numbered(block, index) ?? unnumbered(block, index);
}

/** Prose: a block long enough and punctuated like running text. */
export function isProse(block: Block): boolean {
  return longerThan(block.text, 19) && /[。，,；;！!？?]/u.test(block.text);
}
