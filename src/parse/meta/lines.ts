// The text metadata is read from: paragraphs with markup, bullets and pinyin notes stripped,
// and the header zone — the lines above the report's first words to its audience.
import type { Paragraph } from '../../model/report';
import { stripPinyinNotes } from '../figures/phrase';

/** Paragraphs looked at for a header; titles and bylines sit within the first few. */
const HEADER_PARAGRAPHS = 14;
/** A paragraph longer than this is body text; only its opening can hold a byline (one-line files). */
const HEADER_CHARS = 220;
/** Where the report starts speaking to its audience: the header is over. */
const SALUTATION = /^(各位(委员|委員|代表|同志)|同志们|同志們|我受|我代表)/u;

/** Markdown heading marks, bold marks, list bullets and pinyin notes removed; whitespace trimmed. */
export function plainLine(text: string): string {
  const noHash = text.replace(/^\s*#{1,6}\s*/u, '');
  const noMarks = (noHash.includes('**') ? noHash.replace(/\*\*/g, '') : noHash).replace(/^\s*[•·●○■◆▪*\-–]\s*/u, '');
  return stripPinyinNotes(noMarks).trim();
}

/** Numbering that opens a heading: 一、 (一) （一） 1. 1、 1． */
export function stripNumbering(text: string): string {
  return text.replace(/^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．)）])\s*/u, '');
}

/** The header zone as plain lines, each cut to its opening so a one-line file does not bring its whole body. */
export function headerLines(paragraphs: Paragraph[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs.slice(0, HEADER_PARAGRAPHS)) {
    const line = plainLine(p.text);
    if (SALUTATION.test(line)) break;
    out.push(line.slice(0, HEADER_CHARS));
    if (line.length > HEADER_CHARS) break;
  }
  return out;
}

/** A salutation glued to the byline when a line break was lost (市政協主席 胡志強各位委員：): set apart first. */
const GLUED_SALUTATION = /(?<=\p{Script=Han})(?=(?:各位|同志们|同志們)[^\s:：]{0,10}[:：])/gu;

/**
 * Splits header lines before labels (来源: 作者:) so a byline run onto a date line can be read alone;
 * gaps are collapsed to one space, as typeset bylines pad them (市长  邢志宏, 李  明).
 */
export function headerSegments(lines: string[]): string[] {
  return lines
    .map((l) => (l.includes('各位') || l.includes('同志') ? l.replace(GLUED_SALUTATION, ' ') : l))
    .flatMap((l) => l.replace(/[\s\u3000]+/gu, ' ').split(/\s(?=[^\s:：]{1,8}[:：])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** 来源：蒲江县人民政府办公室 — the publishing office, read only when nothing better names the body. */
const SOURCE_LABEL = /(?:来源|來源|发布机构|發布機構|发布单位|發布單位)\s*[:：]\s*([^\s:：|]{2,30})/u;

export function sourceOffices(lines: string[]): string[] {
  return lines.map((l) => SOURCE_LABEL.exec(l)?.[1]).filter((s): s is string => s !== undefined);
}
