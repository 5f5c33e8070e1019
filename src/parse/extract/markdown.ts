// Markdown: one block per line, with the structure the markup declares (ATX/setext headings,
// bullets, **bold leads**) kept as Block fields and the markup itself removed from the text.
// Every pattern is bounded or anchored, so a hostile 5 MB line stays linear.
import type { Block } from '../blocks';
import { LINE_BREAK } from './text';

interface Line { block: Block; raw: string; paragraph: boolean }

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const REFERENCE_DEF = /^ {0,3}\[[^\]\n]{1,200}\]:\s*\S/;
const BULLET = /^\s*(?:[-*+]|\[[ xX]\])\s+/;

export function extractMarkdown(text: string): Block[] {
  const out: Line[] = [];
  let fence: string | null = null;
  let inTable = false;
  for (const raw of withoutFrontMatter(text.split(LINE_BREAK))) {
    const fenceMark = FENCE.exec(raw)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      else out.push({ block: { text: raw }, raw, paragraph: false });
      continue;
    }
    if (fenceMark) { fence = fenceMark; continue; }
    const prev = out[out.length - 1];
    if (isSetextUnderline(raw, prev)) { prev!.block.markupLevel = raw.trim()[0] === '=' ? 1 : 2; continue; }
    if (raw.includes('|') && raw.includes('-') && TABLE_SEPARATOR.test(raw) && prev?.raw.includes('|')) {
      prev.block = { text: tableRow(prev.raw) };
      inTable = true;
      continue;
    }
    inTable = inTable && raw.includes('|');
    out.push(inTable || /^\s*\|/.test(raw) ? { block: { text: tableRow(raw) }, raw, paragraph: false } : parseLine(raw));
  }
  return out.map((l) => l.block);
}

/** A YAML front-matter block (--- … --- on the first lines) is metadata for tools, not report text. */
function withoutFrontMatter(lines: string[]): string[] {
  if (lines[0]?.trim() !== '---') return lines;
  const close = lines.findIndex((l, i) => i > 0 && i <= 60 && /^(?:---|\.\.\.)\s*$/.test(l));
  return close > 1 && lines.slice(1, close).every((l) => l.trim() === '' || /^[\w-]+\s*:|^\s+|^-\s/.test(l)) ? lines.slice(close + 1) : lines;
}

function isSetextUnderline(raw: string, prev: Line | undefined): boolean {
  if (!prev || !prev.paragraph || prev.block.text.trim() === '') return false;
  return /^ {0,3}(?:=+|-+)[ \t]*$/.test(raw);
}

function parseLine(raw: string): Line {
  if (RULE.test(raw) || REFERENCE_DEF.test(raw)) return { block: { text: '' }, raw, paragraph: false };
  let line = raw;
  while (/^ {0,3}>/.test(line)) line = line.replace(/^ {0,3}> ?/, '');
  const heading = atxHeading(line);
  if (heading) return { block: heading, raw, paragraph: false };
  const bullet = BULLET.exec(line);
  const body = bullet ? line.slice(bullet[0].length) : line;
  const block = withBoldLead(body);
  if (bullet) block.listItem = true;
  return { block, raw, paragraph: !bullet };
}

function atxHeading(line: string): Block | null {
  const m = /^ {0,3}(#{1,6})(?=[^#]|$)/.exec(line);
  if (!m) return null;
  let rest = line.slice(m[0].length).trimEnd();
  const closing = /#+$/.exec(rest);
  if (closing && (closing.index === 0 || /\s/.test(rest[closing.index - 1]!))) rest = rest.slice(0, closing.index);
  return { text: inline(rest.trim()), markupLevel: m[1]!.length };
}

/** `**lead**` or `__lead__` opening a paragraph becomes boldLead, measured in the output text. */
function withBoldLead(body: string): Block {
  const m = /^(\s*)(\*\*|__)([^\n]{1,300}?)\2/.exec(body);
  if (!m) return { text: inline(body) };
  const lead = inline(m[3]!);
  const text = m[1]! + lead + inline(body.slice(m[0].length));
  return lead.trim().length > 0 ? { text, boldLead: m[1]!.length + lead.length } : { text };
}

function tableRow(raw: string): string {
  const cells = raw.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.map((c) => inline(c.trim())).filter((c) => c.length > 0).join(' ');
}

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
const ESCAPE_BASE = 0xf0000; // supplementary private use: cannot collide with report text

/** Every rule below needs one of these (\uDB80 opens the parked escapes): most report lines have none. */
const MARKUP_CHAR = /[\\[<`*_~\uDB80]/;

/** Inline markup removed; escaped characters are parked outside the BMP so no rule touches them. */
export function inline(s: string): string {
  if (!MARKUP_CHAR.test(s)) return s;
  return s
    .replace(ESCAPABLE, (_, c: string) => String.fromCodePoint(ESCAPE_BASE + c.charCodeAt(0)))
    .replace(/!\[[^[\]\n]{0,500}\]\([^)\n]{0,2000}\)/g, '')
    .replace(/!\[[^[\]\n]{0,500}\]\[[^[\]\n]{0,200}\]/g, '')
    .replace(/\[([^[\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^[\]\n]{0,500})\]\[[^[\]\n]{0,200}\]/g, '$1')
    .replace(/<((?:https?|mailto):[^<>\s]{1,2000})>/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>\n]{0,1000}>/g, '')
    .replace(/`+/g, '')
    .replace(/\*{1,3}|_{2,3}|~~/g, '')
    .replace(/[\u{f0000}-\u{f007f}]/gu, (c) => String.fromCharCode(c.codePointAt(0)! - ESCAPE_BASE));
}
