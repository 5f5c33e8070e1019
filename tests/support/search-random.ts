// Random libraries and queries for the search index's tests against brute force: a small alphabet
// (so words repeat, overlap and straddle sections; common words whose trigrams have lists of their own), a third of the reports in traditional script,
// queries of single characters, pairs, longer words, phrases, Latin prefixes and exclusions.
import { Converter } from 'opencc-js';
import type { Heading, ParsedReport } from '../../src/model/report';
import { occurrences } from '../../src/search/match';
import { parseQuery } from '../../src/search/query-parse';

// Words whose trigrams the index lists (trigrams.ts), 员委员 among them, which overlaps itself.
export const ALPHABET = [...'政协委员会议提案民主监督工作发展经济社会人大政府报告年度计划关于推进', ' ', '，', '。', 'ab', 'covid', '19', '2023', '常委会', '民主监督', '政协工作', '员委员', '高质量发展'];
const toTrad = Converter({ from: 'cn', to: 'tw' });

export function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

export function randomReport(rand: () => number, i: number): ParsedReport {
  const paras = Array.from({ length: 3 + Math.floor(rand() * 8) }, () =>
    Array.from({ length: 4 + Math.floor(rand() * 40) }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]!).join(''));
  const text = i % 3 === 1 ? paras.map((p) => toTrad(p)) : paras;
  const outline: Heading[] = [];
  text.forEach((_, p) => { if (p > 0 && rand() < 0.4) outline.push({ level: 1 + Math.floor(rand() * 2), number: null, title: text[p]!.slice(0, 6), para: p, span: [p, text.length] } as Heading); });
  for (let h = 0; h < outline.length; h++) {
    const next = outline.slice(h + 1).find((o) => o.level <= outline[h]!.level);
    if (next) outline[h]!.span = [outline[h]!.para, next.para];
  }
  return {
    fileName: `r${i}.txt`, title: text[0]!, body: 'cppcc', kind: 'work-report', locality: i % 2 ? '义乌市' : '衢州市', reviewYear: 2020 + (i % 4), planYear: null,
    meetingDate: null, publishDate: null, session: null, speaker: null, speakerPost: null, outline, figures: [],
    paragraphs: text.map((t, p) => ({ text: t, ...(outline.some((o) => o.para === p) ? { heading: outline.findIndex((o) => o.para === p) } : {}) })),
  } as unknown as ParsedReport;
}

export function randomQuery(rand: () => number, texts: string[]): string {
  const t = texts[Math.floor(rand() * texts.length)]!;
  const len = 1 + Math.floor(rand() * 5);
  const at = Math.floor(rand() * Math.max(1, t.length - len));
  const word = t.slice(at, at + len).trim();
  const other = ALPHABET[Math.floor(rand() * 30)]! + ALPHABET[Math.floor(rand() * 30)]!;
  switch (Math.floor(rand() * 5)) {
    case 0: return `"${word}"`;
    case 1: return `${word} ${other}`;
    case 2: return `${word} -${other}`;
    case 3: return `${word} -"${ALPHABET[Math.floor(rand() * 30)]!}"`;
    default: return word.replace(/"/g, '');
  }
}

/** Reports holding every include word and no excluded word, and the Ctrl+F count of the include words. */
export function bruteForce(folded: Map<string, string>, q: string): { ids: string[]; hits: number } {
  const { include, exclude } = parseQuery(q);
  const ids: string[] = [];
  let hits = 0;
  if (include.length === 0) return { ids, hits };
  for (const [id, text] of folded) {
    const counts = include.map((t) => occurrences(text, t).length);
    if (counts.some((c) => c === 0) || exclude.some((t) => occurrences(text, t).length > 0)) continue;
    ids.push(id);
    hits += counts.reduce((a, b) => a + b, 0);
  }
  return { ids: ids.sort(), hits };
}

