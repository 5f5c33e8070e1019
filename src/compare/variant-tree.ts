// Reports as section trees, for building synthetic variants (tests and the compare bench): a report
// becomes a tree of headings with their text, and a tree becomes a report again with fresh
// paragraph indices and spans. Not used by the app.
import type { Heading, ParsedReport } from '../model/report';

export interface Node {
  level: number;
  number: string | null;
  title: string;
  /** Text after the title in the heading's own paragraph, then the paragraphs before the first child. */
  rest: string;
  paras: string[];
  children: Node[];
  /** Where the section came from (seed:index), the key of the known pairing. */
  origin: string;
}

export interface Tree { report: ParsedReport; preamble: string[]; nodes: Node[] }

/** Recomputes each heading's span: up to the next heading of equal or higher level. */
export function withSpans(report: ParsedReport): ParsedReport {
  const { outline, paragraphs } = report;
  outline.forEach((h, i) => {
    const next = outline.findIndex((o, j) => j > i && o.level <= h.level);
    h.span = [h.para, next < 0 ? paragraphs.length : outline[next]!.para];
  });
  return report;
}

export function toTree(report: ParsedReport, tag: string): Tree {
  const first = report.outline[0]?.para ?? report.paragraphs.length;
  const preamble = report.paragraphs.slice(0, first).map((p) => p.text);
  const root: Node[] = [];
  const stack: Node[] = [];
  report.outline.forEach((h, i) => {
    const next = report.outline[i + 1]?.para ?? report.paragraphs.length;
    const own = report.paragraphs[h.para]?.text ?? '';
    const at = own.indexOf(h.title);
    const node: Node = {
      level: h.level, number: h.number, title: h.title, rest: at >= 0 ? own.slice(at + h.title.length) : own,
      paras: report.paragraphs.slice(h.para + 1, next).map((p) => p.text), children: [], origin: `${tag}:${i}`,
    };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(node);
    stack.push(node);
  });
  return { report, preamble, nodes: root };
}

const CN = '〇一二三四五六七八九十';
/** 1 -> 一, 12 -> 十二, or the Arabic form, for renumbering a heading in its own system. */
export function numeral(n: number, chinese: boolean): string {
  if (!chinese) return String(n);
  if (n <= 10) return CN[n]!;
  return (n < 20 ? '' : CN[Math.floor(n / 10)]!) + '十' + (n % 10 === 0 ? '' : CN[n % 10]!);
}

/** Serialises a tree back into a report; origins[i] is the origin of outline heading i. */
export function fromTree(tree: Tree, fileName: string): { report: ParsedReport; origins: string[] } {
  const paragraphs: ParsedReport['paragraphs'] = tree.preamble.map((text) => ({ text }));
  const outline: Heading[] = [];
  const origins: string[] = [];
  const walk = (nodes: Node[]) => nodes.forEach((n) => {
    const prefix = n.number === null ? '' : /^\d+$/.test(n.number) ? `${n.number}.` : n.level <= 1 ? `${n.number}、` : `(${n.number})`;
    outline.push({ level: n.level, number: n.number, title: n.title, para: paragraphs.length, span: [0, 0], source: 'numbered' });
    origins.push(n.origin);
    paragraphs.push({ text: prefix + n.title + n.rest, heading: outline.length - 1 });
    for (const text of n.paras) paragraphs.push({ text });
    walk(n.children);
  });
  walk(tree.nodes);
  return { report: withSpans({ ...tree.report, fileName, paragraphs, outline, figures: [] }), origins };
}

/** Several seed trees concatenated into one long report (each seed's parts stay top level). */
export function concatTrees(trees: Tree[]): Tree {
  const first = trees[0]!;
  return { report: first.report, preamble: first.preamble, nodes: trees.flatMap((t) => structuredClone(t.nodes)) };
}
