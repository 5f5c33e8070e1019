// Markdown export of a comparison: the two titles, the aligned outlines as a table (a gap shown as
// —), and the list of changes, so a comparison can be pasted into notes or a draft. Titles and
// headings come from files of unknown origin: Markdown and HTML in them is escaped, so they render
// as the text they were (never a link, an image, a tag or a heading).
import type { ParsedReport } from '../model/report';
import type { Alignment, HeadingRef, RowKind } from './types';
import { reportTitle } from '../lib/report-title';

const KIND_LABEL: Record<RowKind, string> = {
  same: '对应', reworded: '标题改写', moved: '位置移动', added: '仅右侧有', removed: '仅左侧有',
};

/**
 * ASCII punctuation that starts Markdown or HTML syntax: CommonMark lets any ASCII punctuation be
 * backslash-escaped, and `\<`, `\&` keep tags and entities literal on renderers that allow HTML.
 */
const SYNTAX = /[\\`*_{}[\]()<>#+\-!|~&$]/g;

/** Inline text: escaped, and on one line (table cells and list items cannot hold line breaks). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(SYNTAX, '\\$&');
}

function cell(text: string): string {
  return escapeMarkdown(text);
}

function heading(h: HeadingRef | null): string {
  if (!h) return '—';
  const indent = '　'.repeat(Math.max(0, h.level - 1));
  return cell(`${indent}${h.number ? `${h.number} ` : ''}${h.title}`);
}

function name(r: ParsedReport): string {
  return cell(reportTitle(r));
}

export function toMarkdown(alignment: Alignment, a: ParsedReport, b: ParsedReport): string {
  const lines = [`# 报告对比`, '', `- 左:${name(a)}`, `- 右:${name(b)}`, ''];
  lines.push('| 左 | 右 | 相似度 | 对应关系 |', '| --- | --- | ---: | --- |');
  for (const row of alignment.rows) {
    const score = row.left && row.right ? `${Math.round(row.score * 100)}%` : '';
    lines.push(`| ${heading(row.left)} | ${heading(row.right)} | ${score} | ${KIND_LABEL[row.kind]} |`);
  }
  lines.push('', '## 变化', '');
  if (alignment.changes.length === 0) lines.push('两份报告的结构没有变化。');
  for (const c of alignment.changes) {
    const left = c.left ? heading(c.left).trim() : '', right = c.right ? heading(c.right).trim() : '';
    const what = c.kind === 'added' ? right : c.kind === 'removed' ? left : `${left} → ${right}`;
    lines.push(`- ${KIND_LABEL[c.kind]}:${what}`);
  }
  return lines.join('\n') + '\n';
}
