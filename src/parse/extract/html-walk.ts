// Walks HTML tokens with an explicit stack (never recursion: 100k nested levels must not blow the
// stack) and turns them into blocks, each tagged with the element that owns it, so the article can
// be chosen afterwards. Boilerplate subtrees (scripts, navigation, share widgets…) yield nothing.
import { decodeEntities } from './html-entities';
import { tokenize, type TokenSink } from './html-tokens';

export interface El { name: string; parent: number; classId: string; dropped: boolean; lastDesc: number }
/** linkHan: Han characters of the block that sit inside links (navigation and link lists are mostly links). */
export interface HtmlBlock { text: string; owner: number; linkHan: number; level?: number; listItem?: boolean; boldLead?: number }
/** title: the page's <title>; metaTitle: the article title CMSs put in <meta name="ArticleTitle"> or og:title. */
export interface Walk { elements: El[]; blocks: HtmlBlock[]; title: string; metaTitle: string }

const BLOCK = new Set(('address article aside blockquote body center dd details dialog dir div dl dt fieldset '
  + 'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup html li main menu nav ol p pre section '
  + 'summary table tbody thead tfoot tr ul caption legend option').split(' '));
const VOID = new Set('area base br col embed hr img input link meta param source track wbr keygen frame'.split(' '));
const DROP_TAG = new Set(('script style noscript iframe svg nav header footer aside form button select textarea '
  + 'template object embed canvas math head frameset').split(' '));
const NEVER_DROPPED = new Set(['html', 'body', 'main', 'article']);
const DROP_CLASS = /nav|menu|breadcrumb|share|footer|header|sidebar|comment|related|copyright|toolbar|bdshare/;
const ARTICLE_HEADER = /^(?:.*(?:article|content|detail|title|news|arti).*)(?:header|head)/;
const CLASS_ID = /\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>'"]+))/gi;
const META_TITLE = /\b(?:name|property)\s*=\s*["']?(?:articletitle|og:title)["'\s/>]/i;
const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden|(?:^|\s)hidden(?:\s|=|\/|$)/i;

export function walkHtml(html: string): Walk {
  const w = new Walker();
  tokenize(html, w);
  w.finish();
  return { elements: w.elements, blocks: w.blocks, title: w.title, metaTitle: w.metaTitle };
}

function classIdOf(attrs: string): string {
  if (!/class|id/i.test(attrs)) return '';
  let out = '';
  for (const m of attrs.matchAll(CLASS_ID)) out += ' ' + (m[1] ?? m[2] ?? m[3] ?? '');
  return out.toLowerCase();
}

function metaContent(attrs: string): string {
  const m = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
  return (m?.[1] ?? m?.[2] ?? '').trim();
}

function droppedByClass(classId: string): boolean {
  return classId.split(/\s+/).some((t) => DROP_CLASS.test(t) && !ARTICLE_HEADER.test(t));
}

export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) n++;
  }
  return n;
}

/** Whitespace as a browser collapses it, except that a line break between two CJK characters vanishes. */
export function collapse(s: string): string {
  return s
    .replace(/([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t\r\n\f]*[\r\n][ \t\r\n\f]*(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/g, '$1')
    .replace(/[ \t\r\n\f]+/g, ' ');
}

class Walker implements TokenSink {
  elements: El[] = [{ name: '#root', parent: -1, classId: '', dropped: false, lastDesc: 0 }];
  blocks: HtmlBlock[] = [];
  title = '';
  metaTitle = '';
  private stack: number[] = [0];
  private owners: number[] = [0]; // nearest block-level element for each stack entry
  private openCount = new Map<string, number>();
  private buf = '';
  private boldDepth = -1;
  private boldEnd = -1;
  private inTitle = false;
  private pre = 0;
  private linkHan = 0;
  private atLineStart = true; // nothing but blanks in buf yet: a bold run opening now is a lead

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'br' || name === 'hr') { this.flush(); return; }
    if (name === 'meta' && !this.metaTitle && META_TITLE.test(attrs)) this.metaTitle = decodeEntities(metaContent(attrs));
    if (name === 'td' || name === 'th') this.buf += ' ';
    if (VOID.has(name)) return;
    if (BLOCK.has(name)) { this.closeImplied(name); this.flush(); }
    if (selfClosing && !BLOCK.has(name)) return;
    const parent = this.top();
    const classId = classIdOf(attrs);
    const dropped = this.elements[parent]!.dropped || DROP_TAG.has(name)
      || (!NEVER_DROPPED.has(name) && (droppedByClass(classId) || HIDDEN.test(attrs)));
    const id = this.elements.push({ name, parent, classId, dropped, lastDesc: 0 }) - 1;
    this.stack.push(id);
    // Cells own their text (old sites lay articles out in a <td>) without ending the row's block.
    this.owners.push(BLOCK.has(name) || name === 'td' || name === 'th' ? id : this.owners[this.owners.length - 1]!);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    // Only the document's own <title>: an <svg><title> in the body is a tooltip, not the page's name.
    if (name === 'title') this.inTitle = this.title === '' && !this.openCount.get('body') && !this.openCount.get('svg');
    if (name === 'pre') this.pre++;
    if ((name === 'strong' || name === 'b') && this.boldDepth < 0 && this.boldEnd < 0 && this.atLineStart) {
      this.boldDepth = this.stack.length;
    }
    if (selfClosing) this.close(name);
  }

  close(name: string): void {
    if (!this.openCount.get(name)) {
      if (name === 'br' || name === 'p') this.flush(); // </br> and a stray </p> still break the line
      return;
    }
    for (;;) {
      const popped = this.pop();
      if (popped === name) return;
    }
  }

  text(raw: string): void {
    if (this.inTitle) { this.title += decodeEntities(raw); return; }
    if (this.elements[this.top()]!.dropped) return;
    const text = decodeEntities(raw);
    if (this.openCount.get('a')) this.linkHan += hanCount(text);
    if (this.atLineStart && /\S/.test(text)) this.atLineStart = false;
    if (this.pre === 0) { this.buf += text; return; }
    const lines = text.split(/\r\n|\r|\n/);
    lines.forEach((line, k) => { if (k > 0) this.flush(); this.buf += line; });
  }

  finish(): void {
    while (this.stack.length > 1) this.pop();
    this.flush();
    this.elements[0]!.lastDesc = this.elements.length - 1;
  }

  private top(): number {
    return this.stack[this.stack.length - 1]!;
  }

  private pop(): string {
    const id = this.top();
    const el = this.elements[id]!;
    if (BLOCK.has(el.name)) this.flush();
    if (this.stack.length === this.boldDepth) { this.boldEnd = this.buf.length; this.boldDepth = -1; }
    this.stack.pop();
    this.owners.pop();
    el.lastDesc = this.elements.length - 1;
    this.openCount.set(el.name, this.openCount.get(el.name)! - 1);
    if (el.name === 'title') this.inTitle = false;
    if (el.name === 'pre') this.pre--;
    return el.name;
  }

  /** Tags whose end tag HTML lets authors omit: a new <p>, <li>, <tr> or cell closes the open one. */
  private closeImplied(name: string): void {
    const topName = this.elements[this.top()]!.name;
    if (topName === 'p' && name !== 'li') this.pop();
    else if (name === 'li' && topName === 'li') this.pop();
    else if ((name === 'tr' || name === 'tbody') && (topName === 'td' || topName === 'th')) { this.pop(); this.closeImplied(name); }
    else if (name === 'tr' && topName === 'tr') this.pop();
  }

  private flush(): void {
    const raw = this.buf;
    const boldEnd = this.boldEnd;
    this.buf = '';
    this.boldEnd = -1;
    this.boldDepth = -1;
    this.atLineStart = true;
    const linkHan = this.linkHan;
    this.linkHan = 0;
    const text = collapse(raw).trim();
    if (text === '') return;
    const owner = this.owners[this.owners.length - 1]!;
    const name = this.elements[owner]!.name;
    const block: HtmlBlock = { text, owner, linkHan };
    if (/^h[1-6]$/.test(name)) block.level = Number(name[1]);
    if (name === 'li' || name === 'dd') block.listItem = true;
    if (boldEnd > 0) {
      const lead = collapse(raw.slice(0, boldEnd)).trim();
      if (lead.length > 0 && text.startsWith(lead)) block.boldLead = lead.length;
    }
    this.blocks.push(block);
  }
}
