// Builds the small list record of a report and applies the user's corrections to parsed metadata.
// Kept apart from repo.ts because the schema upgrade that creates summaries needs it too.
import type { ParsedReport, ReportMeta } from '../model/report';
import type { Corrections, ReportSummary, StoredReport } from './types';

const META_KEYS: readonly (keyof ReportMeta)[] = [
  'title', 'body', 'kind', 'locality', 'session', 'meetingDate', 'publishDate',
  'speaker', 'speakerPost', 'reviewYear', 'planYear',
];

/** Keeps only known metadata keys, so a stale or hostile patch cannot overwrite paragraphs or ids. */
export function cleanCorrections(patch: Corrections): Corrections {
  const out: Record<string, unknown> = {};
  for (const key of META_KEYS) {
    if (Object.prototype.hasOwnProperty.call(patch, key) && patch[key] !== undefined) out[key] = patch[key];
  }
  return out as Corrections;
}

export function applyCorrections(report: ParsedReport, patch: Corrections | undefined): ParsedReport {
  if (!patch || Object.keys(patch).length === 0) return report;
  return { ...report, ...cleanCorrections(patch) };
}

export function summarize(stored: StoredReport, patch: Corrections | undefined): ReportSummary {
  const r = applyCorrections(stored.report, patch);
  return {
    id: stored.id,
    fileName: stored.fileName,
    title: r.title,
    body: r.body,
    kind: r.kind,
    locality: r.locality,
    session: r.session,
    meetingDate: r.meetingDate,
    publishDate: r.publishDate,
    reviewYear: r.reviewYear,
    planYear: r.planYear,
    script: r.script,
    size: stored.size,
    format: stored.format,
    importedAt: stored.importedAt,
    parserVersion: stored.parserVersion,
    headings: r.outline.length,
    figures: r.figures.length,
    warnings: r.warnings.length,
    corrected: !!patch && Object.keys(cleanCorrections(patch)).length > 0,
  };
}
