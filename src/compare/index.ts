// The compare layer's public face, for the compare view, the worker and the CLI: alignment of two
// outlines, the detail of one section pair, plan against delivery, Markdown export.
import type { ParsedReport } from '../model/report';
import { sectionDiff, type SectionDiff } from './section-diff';
import { sectionText } from './figures';

export { align } from './align';
export { sectionDiff, SHARED_MIN } from './section-diff';
export type { DiffSegment, SectionDiff } from './section-diff';
export { sectionText } from './figures';
export type { FigurePair, SectionFigure } from './figures';
export { planOrder, planVsDelivery } from './plan';
export type { PlanItem, PlanVsDelivery } from './plan';
export { toMarkdown } from './markdown';
export type { Alignment, Change, HeadingRef, Row, RowKind } from './types';

export interface PairDetail {
  left: string;
  right: string;
  diff: SectionDiff;
}

/** Both sections' full text and their diff, figures included: what choosing a row opens. */
export function pairDetail(a: ParsedReport, b: ParsedReport, leftHeading: number, rightHeading: number): PairDetail {
  const left = sectionText(a, leftHeading), right = sectionText(b, rightHeading);
  return { left: left.text, right: right.text, diff: sectionDiff(left.text, right.text, { a: left.figures, b: right.figures }) };
}
