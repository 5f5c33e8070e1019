import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/model/report';
import { parseReport } from '../../src/parse/index';
import {
  encodeUtf8, fixtureLines, fixtureText, FIXTURES, markedLines, markedToDocx, markedToHtml, toDocx, toMarkdown, toNumberedDocx, toWebPage,
} from '../support/report-formats';

function outlineOf(bytes: Uint8Array, fileName: string): { title: string; level: number }[] {
  const r = parseReport(bytes, fileName);
  if (!r.ok) throw new Error(`${fileName}: ${r.error}`);
  return (r.report as ParsedReport).outline.map((h) => ({ title: h.title, level: h.level }));
}

// Fixture 003 is Markdown saved as .txt, so its plain-text reading keeps the # marks; the others
// are plain reports whose every line becomes a Markdown paragraph, an HTML <p> and a Word paragraph
// (once typed, once with 一、 and （一） as Word's automatic numbering).
describe('the same report as .txt, .md, .html and .docx gives the same outline', () => {
  for (const name of FIXTURES.filter((n) => !n.startsWith('003'))) {
    it(name, () => {
      const lines = fixtureLines(name);
      const txt = outlineOf(encodeUtf8(lines.join('\n')), `${name}.txt`);
      expect(txt.length).toBeGreaterThan(0);
      expect(outlineOf(encodeUtf8(toMarkdown(lines)), `${name}.md`)).toEqual(txt);
      expect(outlineOf(encodeUtf8(toWebPage(lines)), `${name}.html`)).toEqual(txt);
      expect(outlineOf(toDocx(lines), `${name}.docx`)).toEqual(txt);
      expect(outlineOf(toNumberedDocx(lines), `${name}-numbered.docx`)).toEqual(txt);
    });
  }
});

describe('a report whose structure is markup gives the same outline as .md, .html and .docx', () => {
  it('003 (Markdown headings and bold leads) as <hN>/<strong> and as Word heading styles and bold runs', () => {
    const md = fixtureText('003_26a1485d52dc385d');
    const fromMd = outlineOf(encodeUtf8(md), '003.md');
    expect(fromMd.length).toBeGreaterThan(0);
    const lines = markedLines(md);
    expect(outlineOf(encodeUtf8(markedToHtml(lines)), '003.html')).toEqual(fromMd);
    expect(outlineOf(markedToDocx(lines), '003.docx')).toEqual(fromMd);
  });
});
