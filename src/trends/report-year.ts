// The year a report is plotted at: the year it reviews (2018年工作回顾 -> 2018); failing that, the
// year before the one it plans, then the year of its meeting or publication date.
import type { ReportMeta } from '../model/report';

type YearMeta = Pick<ReportMeta, 'reviewYear' | 'planYear' | 'meetingDate' | 'publishDate'>;

function dateYear(date: string | null): number | null {
  const y = Number.parseInt(date?.slice(0, 4) ?? '', 10);
  return Number.isFinite(y) ? y : null;
}

export function reportYear(meta: YearMeta): number | null {
  return meta.reviewYear ?? (meta.planYear !== null ? meta.planYear - 1 : null) ?? dateYear(meta.meetingDate) ?? dateYear(meta.publishDate);
}
