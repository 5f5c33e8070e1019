// Shapes a parse result as the JSON contract the README documents (the CLI prints it).
import type { ParseResult } from '../model/report';

export function toContract(result: ParseResult): Record<string, unknown> {
  // A failure: its readable sentence `error`, its stable `code` and the code's parameters.
  if (!result.ok) { const { ok: _ok, ...failure } = result; return failure; }
  const r = result.report;
  return {
    fileName: r.fileName, format: r.format, encoding: r.encoding, script: r.script,
    title: r.title, body: r.body, kind: r.kind, locality: r.locality, session: r.session,
    meetingDate: r.meetingDate, publishDate: r.publishDate, speaker: r.speaker, speakerPost: r.speakerPost,
    reviewYear: r.reviewYear, planYear: r.planYear,
    outline: r.outline.map((h) => ({ level: h.level, number: h.number, title: h.title, paragraph: h.para, span: h.span })),
    figures: r.figures.map((f) => ({
      text: f.text, value: f.value, ...(f.valueHigh !== undefined ? { valueHigh: f.valueHigh } : {}), unit: f.unit,
      modifier: f.modifier, approximate: f.approximate,
      section: f.section >= 0 ? (r.outline[f.section]?.title ?? null) : null,
      indicator: f.indicator ?? null, indicatorKey: f.indicatorKey ?? null, role: f.role ?? null, year: f.year ?? null,
    })),
    absences: (r.absences ?? []).map((a) => ({ indicator: a.indicator, indicatorKey: a.indicatorKey, year: a.year, text: a.text, paragraph: a.para })),
    warnings: r.warnings,
    parserVersion: r.parserVersion,
    // A scraper's labelled header (标题/发文单位/报告人/来源URL …), read into the fields above.
    ...(r.sourceFields ? { sourceFields: r.sourceFields } : {}),
    // PDFs and images: the page each run of paragraphs came from; OCR's data, pages and confidence.
    ...(r.pages ? { pages: r.pages.map((p) => ({ page: p.page, paragraph: p.para })) } : {}),
    ...(r.ocr ? { ocr: r.ocr } : {}),
  };
}
