// How lists name a report: its own title, or — when that title is generic (政府工作报告, 工作报告,
// 2024年政府工作报告) and several reports would look alike — the title with its place and year.
import type { ReportSummary } from '../store/types';

type Named = Pick<ReportSummary, 'title' | 'fileName' | 'locality' | 'meetingDate' | 'reviewYear' | 'planYear'>;

/** A title that names neither place nor body in full: only what every such report is called. */
const GENERIC = /^((?:19|20)\d{2}年度?)?(?:政府|人大常委会|人大常委會|政协常委会|政協常委會|常务委员会|常務委員會|常委会|常委會)?工作(?:报告|報告)$/u;

/** The year a report is known by: the year it was delivered, which is the year it plans. */
function yearOf(s: Named): number | null {
  if (s.meetingDate) return Number(s.meetingDate.slice(0, 4));
  return s.planYear ?? (s.reviewYear === null ? null : s.reviewYear + 1);
}

export function reportTitle(s: Named): string {
  const title = s.title ?? s.fileName;
  const generic = s.title ? GENERIC.exec(s.title.replace(/\s+/gu, '')) : null;
  if (!generic) return title;
  const year = generic[1] ? null : yearOf(s);
  const extra = [s.locality, year].filter((x) => x !== null && x !== undefined && x !== '').join(' · ');
  return extra ? `${title}（${extra}）` : title;
}
