// How lists name a report: its own title, or — when that title is generic (政府工作报告, 工作报告,
// 2024年政府工作报告) and several reports would look alike — the title with its place and year; a
// work report with no title line at all (it opens with its meeting line) is named by its place and body.
import type { ReportSummary } from '../store/types';

type Named = Pick<ReportSummary, 'title' | 'fileName' | 'locality' | 'meetingDate' | 'reviewYear' | 'planYear'>
  & Partial<Pick<ReportSummary, 'body' | 'kind' | 'script'>>;

/** What a work report of each body is called, in simplified and in traditional script. */
const BODY_TITLE: Partial<Record<NonNullable<Named['body']>, [string, string]>> = {
  cppcc: ['政协常委会工作报告', '政協常委會工作報告'],
  npc: ['人大常委会工作报告', '人大常委會工作報告'],
  government: ['政府工作报告', '政府工作報告'],
};

/** A title that names neither place nor body in full: only what every such report is called. */
const GENERIC = /^((?:19|20)\d{2}年度?)?(?:政府|人大常委会|人大常委會|政协常委会|政協常委會|常务委员会|常務委員會|常委会|常委會)?工作(?:报告|報告)$/u;

/** The year a report is known by: the year it was delivered, which is the year it plans. */
function yearOf(s: Named): number | null {
  if (s.meetingDate) return Number(s.meetingDate.slice(0, 4));
  return s.planYear ?? (s.reviewYear === null ? null : s.reviewYear + 1);
}

/** Place and body for an untitled work report (義烏市人大常委會工作報告（2023）), or null. */
function untitledName(s: Named): string | null {
  const names = s.body ? BODY_TITLE[s.body] : undefined;
  if (!names || s.kind !== 'work-report' || !s.locality) return null;
  const year = yearOf(s);
  return `${s.locality}${names[s.script === 'traditional' ? 1 : 0]}${year ? `（${year}）` : ''}`;
}

/** A report opened from the store: its parse with the stored file name. */
export function openedTitle(o: { report: Omit<Named, 'fileName'>; stored: { fileName: string } }, title = o.report.title): string {
  return reportTitle({ ...o.report, title, fileName: o.stored.fileName });
}

export function reportTitle(s: Named): string {
  const title = s.title ?? untitledName(s) ?? s.fileName;
  const generic = s.title ? GENERIC.exec(s.title.replace(/\s+/gu, '')) : null;
  if (!generic) return title;
  const year = generic[1] ? null : yearOf(s);
  const extra = [s.locality, year].filter((x) => x !== null && x !== undefined && x !== '').join(' · ');
  return extra ? `${title}（${extra}）` : title;
}

/**
 * Ids of the reports whose name (reportTitle) another report in the same list shares: the same report
 * imported as .txt, .pdf and .doc, say. A list shows their file names too, so they can be told apart.
 */
export function sameNamed(list: readonly (Named & { id: string })[]): Set<string> {
  const byName = new Map<string, string[]>();
  for (const s of list) {
    const name = reportTitle(s);
    byName.set(name, [...(byName.get(name) ?? []), s.id]);
  }
  return new Set([...byName.values()].filter((ids) => ids.length > 1).flat());
}
