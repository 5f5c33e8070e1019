// The store's record types the UI renders, re-exported so components depend on state only.
export type { ReportSummary, Corrections } from '../store/types';
export type { OpenedReport } from '../store/repo';
