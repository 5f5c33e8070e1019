// Seed reports for alignment tests, as section trees: as the parser reads them, or with the
// hand-checked gold outline located in the raw text (for when the parser's outline is not there).
// The variant machinery itself is in src/compare/variants.ts, shared with the compare bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, ParsedReport } from '../../src/model/report';
import { parseReport } from '../../src/parse/index';
import { foldForMatch } from '../../src/text/fold';
import { toTree, withSpans, type Tree } from '../../src/compare/variant-tree';

export * from '../../src/compare/variant-tree';
export * from '../../src/compare/variants';

export const FIXTURES = join(import.meta.dirname, '../fixtures');
export const SEEDS = ['000_19b4022d2904f987', '001_da7eefc472fc5678', '002_c03ab7e96b8452e8', '003_26a1485d52dc385d', '004_f64846c7cd9f58cb'];

/** A seed report as the parser reads it. */
export function parsedSeed(name: string): ParsedReport {
  const result = parseReport(readFileSync(join(FIXTURES, `${name}.txt`)), `${name}.txt`);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

/** Seeds as trees: the parser's outline once it finds one, else the hand-checked gold outline located in the text. */
export function seedTree(name: string, source: 'parsed' | 'gold' | 'auto' = 'auto'): Tree {
  const parsed = parsedSeed(name);
  if (source === 'parsed' || (source === 'auto' && parsed.outline.length > 0)) return toTree(parsed, name);
  return toTree(goldReport(name, parsed), name);
}

// ---------- gold outline located in the raw text ----------

interface GoldHeading { level: number; number: string | null; title: string }

function skeleton(text: string): { chars: string; at: number[] } {
  const folded = foldForMatch(text);
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (/[0-9a-z\u3400-\u9fff]/i.test(folded[i]!)) { chars += folded[i]; at.push(i); }
  }
  return { chars, at };
}

/** True when only numbering, markup or spaces stand between the line start and position at. */
function startsLine(raw: string, at: number): boolean {
  const before = raw.slice(Math.max(0, at - 12), at);
  return /(^|\n|\s\s|。 |\s)[\s#*(（一二三四五六七八九十\d)）、.．]*$/.test(before) || at === 0;
}

/** Finds each gold heading in order in the raw text, preferring line starts; [start, end) ranges. */
function locate(raw: string, gold: GoldHeading[]): Array<[number, number] | null> {
  const sk = skeleton(raw);
  let cursor = 0;
  return gold.map((h) => {
    const t = skeleton(h.title).chars;
    for (const probe of [t, t.slice(0, 8)]) {
      let k = probe.length > 0 ? sk.chars.indexOf(probe, cursor) : -1;
      const first = k;
      while (k >= 0 && !startsLine(raw, sk.at[k]!)) k = sk.chars.indexOf(probe, k + 1);
      if (k < 0) k = first;
      if (k < 0) continue;
      cursor = k + probe.length;
      return [sk.at[k]!, sk.at[k + probe.length - 1]! + 1] as [number, number];
    }
    return null;
  });
}

const NUMBER_TAIL = /[\s#*]*[(（]?[一二三四五六七八九十\d]{0,3}[)）、.．]?[\s#*]*$/;

function lines(text: string): string[] {
  return text.split(/\n+/).flatMap((l) => (l.length > 400 ? l.split(/\s+/) : [l]))
    .map((l) => l.replace(/^[\s#*。.、]+/, '').trim()).filter((l) => l.length > 0);
}

/** The seed report with the gold outline: real text, paragraphs cut at the located headings. */
export function goldReport(name: string, parsed: ParsedReport): ParsedReport {
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', `${name}.json`), 'utf8')) as Omit<ParsedReport, 'outline'> & { outline: GoldHeading[] };
  const raw = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').replace(/\*\*/g, '')
    .replace(/([\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g, '$1');
  const ranges = locate(raw, gold.outline);
  const found = gold.outline.map((h, i) => ({ h, r: ranges[i] }))
    .filter((x): x is { h: GoldHeading; r: [number, number] } => x.r !== null && x.r !== undefined);
  const paragraphs: ParsedReport['paragraphs'] = lines(raw.slice(0, found[0]?.r[0] ?? raw.length).replace(NUMBER_TAIL, '')).map((text) => ({ text }));
  const outline: Heading[] = [];
  found.forEach(({ h, r }, i) => {
    const seg = raw.slice(r[1], found[i + 1]?.r[0] ?? raw.length).replace(NUMBER_TAIL, '');
    const nl = seg.indexOf('\n');
    const sameLine = nl < 0 ? seg : seg.slice(0, nl);
    const pieces = sameLine.split(/\s+/);
    outline.push({ level: h.level, number: h.number, title: h.title, para: paragraphs.length, span: [0, 0], source: 'numbered' });
    paragraphs.push({ text: h.title + (pieces[0] ?? '').trimEnd(), heading: outline.length - 1 });
    for (const text of lines(pieces.slice(1).join('\n') + (nl < 0 ? '' : seg.slice(nl)))) paragraphs.push({ text });
  });
  return withSpans({ ...parsed, ...pickMeta(gold), paragraphs, outline, figures: [] });
}

function pickMeta(g: Omit<ParsedReport, 'outline'>): Partial<ParsedReport> {
  return { title: g.title, body: g.body, reviewYear: g.reviewYear, planYear: g.planYear, locality: g.locality };
}

