// Heading numbers at the start of a paragraph, GB/T 9704 style and its common variants, in either
// width: 一、 / (一)（一） / 1. 1、 1． / (1)（1） / 1) / ① / 第一部分. Each marker has a style (the
// outline nests by style), a value (for sequence checks) and the display number the contract uses.
import { parseChineseNumeral } from '../../text/numerals';

export type Style = 'cn' | 'pcn' | 'ar' | 'par' | 'arp' | 'circ' | 'di';

export interface Marker {
  style: Style;
  value: number;
  /** Display form: 一, (一), 1, (1), 1), ①, 第一部分. */
  number: string;
  /** Length of the marker (with the spaces after it) in the original text. */
  length: number;
}

const CN = '[一二三四五六七八九十〇零两兩]';
const DIGITS = '[0-9０-９]';
const PATTERNS: [Style, RegExp][] = [
  ['cn', new RegExp(`^(${CN}{1,3})[ \\t\\u3000]*[、.．][ \\t\\u3000]*`, 'u')],
  ['pcn', new RegExp(`^[(（][ \\u3000]*(${CN}{1,3})[ \\u3000]*[)）][、.．]?[ \\t\\u3000]*`, 'u')],
  ['ar', new RegExp(`^(${DIGITS}{1,2})[ \\t\\u3000]*[.、．](?!${DIGITS})[ \\t\\u3000]*`, 'u')],
  ['par', new RegExp(`^[(（][ \\u3000]*(${DIGITS}{1,2})[ \\u3000]*[)）][、.．]?[ \\t\\u3000]*`, 'u')],
  ['arp', new RegExp(`^(${DIGITS}{1,2})[)）][ \\t\\u3000]*`, 'u')],
  ['circ', /^([①-⑳])[ \t\u3000]*/u],
  ['di', new RegExp(`^第(${CN}{1,3})(部分|章|节|節|篇)[、.．:：]?[ \\t\\u3000]*`, 'u')],
];
const CIRCLED_ONE = '①'.codePointAt(0)!;
/** Characters a marker can start with; everything else is rejected without running a pattern. */
const FIRST = new Set([...'一二三四五六七八九十〇零两兩(（0123456789０１２３４５６７８９第①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳']);
const MAX_VALUE = 60;

function valueOf(style: Style, raw: string): number | null {
  if (style === 'circ') return raw.codePointAt(0)! - CIRCLED_ONE + 1;
  if (style === 'ar' || style === 'par' || style === 'arp') return Number(raw.normalize('NFKC'));
  return parseChineseNumeral(raw);
}

function display(style: Style, raw: string, whole: string): string {
  const ascii = raw.normalize('NFKC');
  switch (style) {
    case 'pcn': return `(${raw})`;
    case 'par': return `(${ascii})`;
    case 'arp': return `${ascii})`;
    case 'ar': return ascii;
    case 'di': return whole.replace(/[、.．:：\s]+$/u, '');
    default: return raw;
  }
}

/**
 * The last line asked about and its answer: rejoining and the outline ask about the same line several
 * times in a row (as the next line, then as the previous one). Markers are never modified.
 */
let lastText = '';
let lastMarker: Marker | null = null;

/** The numbering marker opening `text`, or null. A marker must be followed by text. */
export function readMarker(text: string): Marker | null {
  if (!FIRST.has(text[0] ?? '')) return null;
  if (text === lastText) return lastMarker;
  lastMarker = markerOf(text);
  lastText = text;
  return lastMarker;
}

function markerOf(text: string): Marker | null {
  const head = text.length > 24 ? text.slice(0, 24) : text;
  for (const [style, re] of PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    const value = valueOf(style, m[1]!);
    if (value === null || value < 1 || value > MAX_VALUE) return null;
    if (m[0].length >= text.length) return null;
    return { style, value, number: display(style, m[1]!, m[0]), length: m[0].length };
  }
  return null;
}
