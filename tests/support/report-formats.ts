// Turns a fixture's lines into the other formats a user brings: Markdown, a saved government web
// page (article among navigation, share widgets, scripts and a footer) and a Word document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDocx, NUMBERING_XML, OFFICIAL_LISTS, para, type DocxPara } from './make-docx';

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures');
export const FIXTURES = ['000_19b4022d2904f987', '001_da7eefc472fc5678', '002_c03ab7e96b8452e8', '003_26a1485d52dc385d', '004_f64846c7cd9f58cb'];

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURE_DIR, `${name}.txt`), 'utf8');
}

export function fixtureLines(name: string): string[] {
  return fixtureText(name).split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown that renders to the same lines: characters Markdown would read as markup are escaped. */
export function toMarkdown(lines: string[]): string {
  return lines.map((l) => l.replace(/([\\`*_[\]#|<>~])/g, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+])/, '\\$1')).join('\n\n') + '\n';
}

/** The report's first line becomes the page's <h1> when it is short enough to be a title. */
export function pageTitle(lines: string[]): string | null {
  return lines[0] !== undefined && lines[0].length <= 80 ? lines[0] : null;
}

export function toWebPage(lines: string[]): string {
  const title = pageTitle(lines);
  const rest = title === null ? lines : lines.slice(1);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title ?? '新闻')}_某某市人民政府门户网站</title>
<style>p { text-indent: 2em } .x > b { color: red }</style>
<script>var _hmt = _hmt || []; document.write("<p>广告位招商</p>");</script></head>
<body class="page-body">
<div id="header" class="header"><div class="logo">某某市人民政府门户网站</div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li><a href="/hd">政民互动</a></li></ul></div>
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a> &gt; 正文</div>
<div class="main clearfix">
 <div class="left-sidebar"><h3>热点新闻</h3><ul><li><a href="/1">市领导调研乡村振兴工作进展情况</a></li><li><a href="/2">全市安全生产工作会议召开</a></li></ul></div>
 <div class="article-box">
  ${title === null ? '' : `<h1 class="article-title">${escapeHtml(title)}</h1>`}
  <div class="info">发布时间：2023-02-10 来源：本网 <span class="bdshare">分享到：<a class="bds_weixin">微信</a></span></div>
  <div class="TRS_Editor" id="zoom">
${rest.map((l) => `   <p style="text-indent:2em">${escapeHtml(l)}</p>`).join('\n')}
  </div>
  <div class="share-box">扫一扫在手机打开当前页</div>
  <div class="related-links"><h4>相关文章</h4><ul><li><a href="/3">关于进一步加强政协委员履职管理工作的通知</a></li></ul></div>
 </div>
</div>
<div class="footer">版权所有：某某市人民政府办公室 Copyright © 2023 浙ICP备12345678号 浙公网安备 33078202000123号</div>
<script src="/js/stat.js"></script>
</body></html>`;
}

export function toDocx(lines: string[]): Uint8Array {
  return makeDocx(lines.map((l) => para(l)));
}

export function encodeUtf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

const TOP = /^([一二三四五六七八九十]+)、/;
const SECOND = /^[(（]([一二三四五六七八九十]+)[)）]/;

/** A Word document whose 一、 and （一） numbers are automatic numbering, not typed text; a list
 * starts over (a new list id) wherever the report's own numbering goes back to 一、. */
export function toNumberedDocx(lines: string[]): Uint8Array {
  let list = -1;
  const paras: DocxPara[] = lines.map((l) => {
    const top = TOP.exec(l);
    if (top && top[1] === '一') list++;
    const id = OFFICIAL_LISTS[Math.max(0, list)]!;
    if (top && list < OFFICIAL_LISTS.length) return para(l.slice(top[0].length), { numbered: { numId: id, ilvl: 0 } });
    const second = SECOND.exec(l);
    if (second && list >= 0 && list < OFFICIAL_LISTS.length) return para(l.slice(second[0].length), { numbered: { numId: id, ilvl: 1 } });
    return para(l);
  });
  return makeDocx(paras, { extra: { 'word/numbering.xml': NUMBERING_XML } });
}

/** A line of a Markdown report with the structure its markup declares. */
export interface MarkedLine { text: string; level?: number; boldLead?: string }

/** Reads the simple Markdown of fixture 003 (# headings, **bold leads**) into marked lines. */
export function markedLines(markdown: string): MarkedLine[] {
  return markdown.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0).map((l) => {
    const h = /^(#{1,6})\s*(.*)$/.exec(l);
    if (h) return { text: h[2]!, level: h[1]!.length };
    const b = /^\*\*(.+?)\*\*(.*)$/.exec(l);
    return b ? { text: b[1]! + b[2]!, boldLead: b[1]! } : { text: l };
  });
}

export function markedToHtml(lines: MarkedLine[]): string {
  const body = lines.map((l) => (l.level ? `<h${l.level}>${escapeHtml(l.text)}</h${l.level}>`
    : l.boldLead ? `<p><strong>${escapeHtml(l.boldLead)}</strong>${escapeHtml(l.text.slice(l.boldLead.length))}</p>`
      : `<p>${escapeHtml(l.text)}</p>`));
  return `<html><head><meta charset="utf-8"><title>工作报告</title></head><body><div class="nav">首页</div><div class="article-content">\n${body.join('\n')}\n</div></body></html>`;
}

/** Heading levels as Word styles: Chinese Word's ids "1"/"2", then English ids "Heading3", "Heading4". */
export function markedToDocx(lines: MarkedLine[]): Uint8Array {
  const style = (level: number) => (level <= 2 ? String(level) : `Heading${level}`);
  return makeDocx(lines.map((l) => para(l.text, { ...(l.level ? { style: style(l.level) } : {}), ...(l.boldLead ? { boldLead: l.boldLead } : {}) })));
}
