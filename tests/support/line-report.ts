// A small hand-made report for search tests: one paragraph per line, "# title" a level-1 heading and
// "## title" level 2, each heading's span running to the next of its level or higher.
import type { Heading, ParsedReport } from '../../src/model/report';

export function lineReport(lines: string[], meta: Partial<ParsedReport> = {}): ParsedReport {
  const outline: Heading[] = [];
  const paragraphs = lines.map((line, para) => {
    const m = /^(#+) (.*)$/s.exec(line);
    if (!m) return { text: line };
    outline.push({ level: m[1]!.length, number: null, title: m[2]!, para, span: [para, lines.length], source: 'markup' });
    return { text: m[2]!, heading: outline.length - 1 };
  });
  for (const h of outline) {
    const next = outline.find((o) => o.para > h.para && o.level <= h.level);
    if (next) h.span = [h.para, next.para];
  }
  return {
    fileName: 'x.txt', format: 'txt', encoding: 'utf-8', script: 'simplified', parserVersion: 1,
    title: null, body: 'cppcc', kind: 'work-report', locality: null, session: null, meetingDate: null,
    publishDate: null, speaker: null, speakerPost: null, reviewYear: null, planYear: null,
    paragraphs, outline, figures: [], warnings: [], ...meta,
  } as ParsedReport;
}
