// HTML: finds the article in a saved web page and returns its blocks, with the page's main heading
// first when the article does not open with it. The article is, in order of trust: an <article>,
// the tightest element named like a content container, or the densest parent of Chinese <p> text.
import type { Block } from '../blocks';
import { collapse, hanCount, walkHtml, type El, type HtmlBlock } from './html-walk';

// Besides English names, Chinese CMSs abbreviate 正文/内容/文章 as zw/nr/wz (txt_zw, con_nr); TRS nests Custom_UnionStyle.
const CONTENT_CLASS = /content|article|trs_editor|zoom|main|detail|text|body|artibody|custom_unionstyle|(?:^|[\s_-])(?:zw|nr|wz|zhengwen)(?:$|[\s_-])/;
const TITLE_CLASS = /title|biaoti|headline/;

export function extractHtml(html: string): Block[] {
  const { elements, blocks, title, metaTitle } = walkHtml(html);
  if (blocks.length === 0) return [];
  const article = chooseArticle(elements, blocks);
  const first = blocks.findIndex((b) => inside(elements, article, b.owner));
  const chosen = blocks.filter((b) => inside(elements, article, b.owner));
  const out: Block[] = chosen.map(toBlock);
  const before = blocks.slice(0, Math.max(0, first));
  const heading = pageHeading(elements, before, metaTitle || title);
  if (heading.text && !opensWith(chosen, heading.text, heading.fromTitle)) {
    out.unshift({ text: heading.text }, ...byline(before, heading.at).map(toBlock));
  }
  return out;
}

/** An info row: a labelled author, source or date line (作者：… 来源：… 更新时间：2019-7-8). */
const INFO_ROW = /(?:作者|来源|來源|发布|發布|时间|時間|日期|编辑|編輯|撰稿|供稿|信息来源|信息來源)\s*[:：]/u;

/**
 * Short lines between the heading and the article (date, source, author) carry metadata; keep a few.
 * Without a heading line on the page, labelled info rows just above the article are kept.
 */
function byline(before: HtmlBlock[], headingAt: number): HtmlBlock[] {
  if (headingAt < 0) return before.slice(-3).filter((b) => b.text.length <= 120 && INFO_ROW.test(b.text));
  const between = before.slice(headingAt + 1);
  return between.length <= 3 && between.every((b) => b.text.length <= 120) ? between : [];
}

function toBlock(b: HtmlBlock): Block {
  const block: Block = { text: b.text };
  if (b.level !== undefined) block.markupLevel = b.level;
  if (b.listItem) block.listItem = true;
  if (b.boldLead !== undefined) block.boldLead = b.boldLead;
  return block;
}

function inside(elements: El[], ancestor: number, id: number): boolean {
  return id >= ancestor && id <= elements[ancestor]!.lastDesc;
}

/** Han characters outside links under each element (children always have larger ids, so one backward
 * pass sums them): link lists and navigation weigh nothing, prose weighs its length. */
function totals(elements: El[], blocks: HtmlBlock[]): { total: Float64Array; density: Float64Array } {
  const total = new Float64Array(elements.length);
  const density = new Float64Array(elements.length);
  for (const b of blocks) {
    const n = Math.max(0, hanCount(b.text) - b.linkHan);
    total[b.owner]! += n;
    const el = elements[b.owner]!;
    if (el.name === 'p' && el.parent >= 0) {
      density[el.parent]! += n;
      const grand = elements[el.parent]!.parent;
      if (grand >= 0) density[grand]! += n / 2;
    }
  }
  for (let id = elements.length - 1; id > 0; id--) total[elements[id]!.parent]! += total[id]!;
  return { total, density };
}

function chooseArticle(elements: El[], blocks: HtmlBlock[]): number {
  const { total, density } = totals(elements, blocks);
  const page = total[0]!;
  if (page === 0) return 0;
  let best = -1;
  elements.forEach((el, id) => {
    if (el.name === 'article' && total[id]! >= 0.3 * page && (best < 0 || total[id]! > total[best]!)) best = id;
  });
  if (best >= 0) return best;
  const named = elements.map((el, id) => id).filter((id) => id > 0 && CONTENT_CLASS.test(elements[id]!.classId));
  const biggest = named.reduce((m, id) => Math.max(m, total[id]!), 0);
  if (biggest >= 0.3 * page) {
    // The tightest named container that still holds nearly all of the biggest one's text (on a tie
    // the later id wins: it is the descendant).
    for (const id of named) if (total[id]! >= 0.8 * biggest && (best < 0 || total[id]! <= total[best]!)) best = id;
    return best;
  }
  let top = 0;
  for (let id = 1; id < elements.length; id++) if (density[id]! > density[top]!) top = id;
  return density[top]! >= 0.3 * page ? top : 0;
}

/** The page's main heading: an <h1> or title-classed line just before the article, else <title>. */
interface PageHeading { text: string | null; fromTitle: boolean; at: number }

function pageHeading(elements: El[], before: HtmlBlock[], title: string): PageHeading {
  for (let k = before.length - 1; k >= Math.max(0, before.length - 8); k--) {
    const b = before[k]!;
    const el = elements[b.owner]!;
    if ((b.level === 1 || TITLE_CLASS.test(el.classId)) && hanCount(b.text) >= 4) return { text: b.text, fromTitle: false, at: k };
  }
  const fromTitle = collapse(title).trim().split(/\s*[_|｜]\s*|\s+[-–—]\s+/)[0] ?? '';
  if (hanCount(fromTitle) < 4) return { text: null, fromTitle: true, at: -1 };
  // The <title> text set as a plain line (a bold table cell) still marks where the heading stands.
  const h = key(fromTitle);
  const at = before.findLastIndex((b, k) => k >= before.length - 8 && key(b.text) === h);
  return { text: fromTitle, fromTitle: true, at };
}

function key(s: string): string {
  return s.replace(/[\s\p{P}]/gu, '');
}

/** Whether the article already opens with the heading (a <title> is weaker: any opening <h1> wins over it). */
function opensWith(blocks: HtmlBlock[], heading: string, fromTitle: boolean): boolean {
  const h = key(heading);
  return blocks.slice(0, 2).some((b) => {
    if (fromTitle && b.level === 1) return true;
    const k = key(b.text);
    // The same line, the first part of a heading split over two lines, or the heading plus a short tail.
    return k === h || (k.length >= 6 && h.startsWith(k)) || (k.startsWith(h) && k.length - h.length <= 12);
  });
}
