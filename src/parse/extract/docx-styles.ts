// Word paragraph styles -> heading levels and list numbering: a style is a heading when its name
// is "heading N" / "标题 N" (Word stores built-in names in English even in Chinese Word) or it sets
// an outline level; either, and a numbering link (w:numPr), may come through the styles it is based on.
import { tokenize } from './html-tokens';
import { decodeEntities } from './html-entities';

interface StyleDef { name: string; basedOn: string | null; outline: number | null; num: StyleNumbering | null }
export interface StyleNumbering { numId: string; ilvl: number }
/** toc: styles of table-of-contents entries, whose text repeats the headings (with page numbers). */
export interface Styles { levels: Map<string, number>; numbering: Map<string, StyleNumbering>; toc: Set<string> }

export function emptyStyles(): Styles {
  return { levels: new Map(), numbering: new Map(), toc: new Set() };
}

export function readStyles(xml: string): Styles {
  const defs = new Map<string, StyleDef>();
  let current: StyleDef | null = null;
  tokenize(xml, {
    open(name, attrs) {
      if (name === 'w:style') {
        const paragraph = attr(attrs, 'w:type') === 'paragraph' || !attrs.includes('w:type');
        current = paragraph ? { name: '', basedOn: null, outline: null, num: null } : null;
        const id = attr(attrs, 'w:styleId');
        if (current && id !== null) defs.set(id, current);
      } else if (!current) return;
      else if (name === 'w:name') current.name = attr(attrs) ?? '';
      else if (name === 'w:basedon') current.basedOn = attr(attrs);
      else if (name === 'w:outlinelvl') current.outline = outlineLevel(attr(attrs));
      else if (name === 'w:numid') current.num = { numId: attr(attrs) ?? '0', ilvl: current.num?.ilvl ?? 0 };
      else if (name === 'w:ilvl') current.num = { numId: current.num?.numId ?? '', ilvl: Number(attr(attrs)) || 0 };
    },
    close(name) { if (name === 'w:style') current = null; },
    text() {},
  });
  const styles = emptyStyles();
  for (const [id, def] of defs) {
    if (/^toc\s*\d$/i.test(def.name.trim())) styles.toc.add(id);
    const level = resolve(defs, id, ownLevel);
    if (level !== null) styles.levels.set(id, level);
    const num = resolve(defs, id, (d) => d.num);
    if (num && num.numId !== '' && num.numId !== '0') styles.numbering.set(id, num);
  }
  return styles;
}

function ownLevel(def: StyleDef): number | null {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(def.name.trim());
  return m ? Number(m[1]) : def.outline;
}

/** Follows w:basedOn a bounded number of steps (a cycle in a hostile file must not loop). */
function resolve<T>(defs: Map<string, StyleDef>, id: string, own: (def: StyleDef) => T | null): T | null {
  let def = defs.get(id);
  for (let step = 0; def && step < 16; step++) {
    const value = own(def);
    if (value !== null) return value;
    def = def.basedOn !== null ? defs.get(def.basedOn) : undefined;
  }
  return null;
}

/** Level of a paragraph's style id; without styles.xml, Word's English ids "Heading1".."Heading9" still tell. */
export function styleLevel(levels: Map<string, number>, id: string | null): number | null {
  if (id === null) return null;
  const known = levels.get(id);
  if (known !== undefined) return known;
  const m = /^heading\s*([1-9])$/i.exec(id);
  return m ? Number(m[1]) : null;
}

/** Value of w:val (or another attribute) in a tag's raw attribute text. */
export function attr(attrs: string, name = 'w:val'): string | null {
  const at = attrs.indexOf(name + '=');
  if (at < 0) return null;
  const quote = attrs[at + name.length + 1];
  if (quote !== '"' && quote !== "'") return null;
  const end = attrs.indexOf(quote, at + name.length + 2);
  return end < 0 ? null : decodeEntities(attrs.slice(at + name.length + 2, end));
}

/** w:outlineLvl counts from 0; 9 means body text. */
export function outlineLevel(val: string | null): number | null {
  const n = Number(val);
  return Number.isInteger(n) && n >= 0 && n <= 8 ? n + 1 : null;
}
