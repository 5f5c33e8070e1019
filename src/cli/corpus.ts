// Synthetic parse corpus for the benchmark: the seed reports varied the ways real collections vary.
// Sections found by plain numbering regexes (not the outline module) are shuffled, paragraphs cut
// or repeated, script converted, then files saved as text, Markdown, web pages or Word documents in
// UTF-8, GB18030, Big5 or UTF-16. Deterministic for a given seed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Converter } from 'opencc-js';
import { strToU8, zipSync } from 'fflate';

export interface CorpusFile { name: string; bytes: Uint8Array; kind: string }

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');
const LEVEL1 = /^\s*(?:[一二三四五六七八九十]+[、.．]|(?:\d{4}年|上半年|下半年).{0,12}(?:回顾|回顧|任务|任務|打算|总结|總結|工作)\s*$)/;
const LEVEL2 = /^\s*[(（][一二三四五六七八九十]+[)）]/;

interface Section { head: string; body: string[]; children: Section[] }
interface Seed { preamble: string[]; sections: Section[]; joiner: string; traditional: boolean }

export function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function lines(text: string): { lines: string[]; joiner: string } {
  const byLine = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  // A report saved as one huge line separates its paragraphs with spaces; split there instead.
  return byLine.length >= 10 ? { lines: byLine, joiner: '\n' } : { lines: text.split(/ (?=\S)/), joiner: ' ' };
}

function sectioned(all: string[]): { preamble: string[]; sections: Section[] } {
  const preamble: string[] = [];
  const sections: Section[] = [];
  for (const line of all) {
    const top = sections[sections.length - 1];
    if (LEVEL1.test(line)) sections.push({ head: line, body: [], children: [] });
    else if (top && LEVEL2.test(line)) top.children.push({ head: line, body: [], children: [] });
    else if (!top) preamble.push(line);
    else (top.children[top.children.length - 1] ?? top).body.push(line);
  }
  return { preamble, sections };
}

function loadSeeds(): Seed[] {
  const toTrad = Converter({ from: 'cn', to: 'tw' });
  const toSimp = Converter({ from: 'tw', to: 'cn' });
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
  return files.flatMap((f) => {
    const text = readFileSync(join(FIXTURES, f), 'utf8');
    const traditional = (text.match(/[這個們會發國經過與對於為]/g)?.length ?? 0) > (text.match(/[这个们会发国经过与对于为]/g)?.length ?? 0);
    const other = traditional ? toSimp(text) : toTrad(text);
    return [text, other].map((t, k) => {
      const { lines: ls, joiner } = lines(t);
      return { ...sectioned(ls), joiner, traditional: traditional !== (k === 1) };
    });
  });
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Body lines cut (8%) or repeated (5%); sections shuffled within their parent half of the time. */
function vary(seed: Seed, rand: () => number): string[] {
  const body = (ls: string[]) => ls.flatMap((l) => (rand() < 0.08 ? [] : rand() < 0.05 ? [l, l] : [l]));
  const emit = (s: Section): string[] => [s.head, ...body(s.body), ...(rand() < 0.5 ? shuffle(s.children, rand) : s.children).flatMap(emit)];
  const sections = rand() < 0.3 ? shuffle(seed.sections, rand) : seed.sections;
  return [...seed.preamble, ...sections.flatMap(emit)];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asHtml(ls: string[], charset: string): string {
  const [title = '', ...rest] = ls;
  return `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${esc(title.slice(0, 60))}_门户网站</title>`
    + '<script>var s=1;</script></head><body><div class="nav"><a>首页</a><a>政务公开</a></div><div class="main">'
    + `<h1>${esc(title)}</h1><div class="TRS_Editor">${rest.map((l) => `<p>${esc(l)}</p>`).join('\n')}</div>`
    + '<div class="share">分享到微信</div></div><div class="footer">Copyright ICP备</div></body></html>';
}

function asMarkdown(ls: string[]): string {
  return ls.map((l) => (LEVEL1.test(l) ? `## ${l}` : LEVEL2.test(l) ? `### ${l}` : l)).join('\n\n');
}

function asDocx(ls: string[]): Uint8Array {
  const paras = ls.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w"><w:body>${paras}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(xml) });
}

function encodeAs(text: string, encoding: string): Uint8Array {
  return encoding === 'utf-8' ? new TextEncoder().encode(text) : new Uint8Array(iconv.encode(text, encoding, { addBOM: encoding === 'utf16le' }));
}

function pickEncoding(traditional: boolean, rand: () => number): string {
  const r = rand();
  if (r < 0.5) return 'utf-8';
  if (r < 0.75) return traditional ? 'big5' : 'gb18030';
  return r < 0.9 ? 'gb18030' : 'utf16le';
}

export function buildCorpus(count = 1000, seed = 1): CorpusFile[] {
  const seeds = loadSeeds();
  const rand = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const s = seeds[i % seeds.length]!;
    // One file in a hundred is a collection of 30 reports pasted together: the worst case per MB.
    const ls = i % 100 === 99 ? Array.from({ length: 30 }, () => vary(s, rand)).flat() : vary(s, rand);
    const format = rand();
    const id = String(i + 1).padStart(4, '0');
    if (format < 0.1) return { name: `r${id}.docx`, bytes: asDocx(ls), kind: 'docx' };
    const encoding = pickEncoding(s.traditional, rand);
    if (format < 0.3) return { name: `r${id}.html`, bytes: encodeAs(asHtml(ls, encoding === 'utf16le' ? 'utf-8' : encoding), encoding === 'utf16le' ? 'utf-8' : encoding), kind: `html/${encoding}` };
    if (format < 0.45) return { name: `r${id}.md`, bytes: encodeAs(asMarkdown(ls), encoding), kind: `md/${encoding}` };
    return { name: `r${id}.txt`, bytes: encodeAs(ls.join(s.joiner), encoding), kind: `txt/${encoding}` };
  });
}
