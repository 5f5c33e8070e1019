// Metadata found in the text: title, body, kind, locality, session, dates, speaker, years.
// Read from the header zone (title, byline, meeting line), lines the cleaner removed (publication
// dates, authors) and the part headings; never from mentions deep in the body text.
import type { Heading, Paragraph, ReportMeta } from '../model/report';
import type { ParseWarning } from '../model/warnings';
import { warning } from './warnings';
import { headerLines, headerSegments, plainLine, sourceOffices } from './meta/lines';
import { findTitle } from './meta/title';
import { findMeeting, findPublishDate } from './meta/dates';
import { findSpeaker } from './meta/speaker';
import { findBody, findLocality, findSession } from './meta/organ';
import { findKind, findYears, partHeadings } from './meta/years';

export interface MetaInput {
  paragraphs: Paragraph[];
  outline: Heading[];
  removed: string[];
  fileName: string;
}

export interface MetaResult extends ReportMeta {
  /** Plain-language notes on what could not be found. */
  warnings: ParseWarning[];
}

export function extractMetadata(input: MetaInput): MetaResult {
  const texts = input.paragraphs.map((p) => p.text);
  const header = headerLines(input.paragraphs);
  const removed = input.removed.map(plainLine);
  const segments = headerSegments([...header, ...removed.slice(0, 40)]);
  const titleHit = findTitle(texts);
  const title = titleHit?.title ?? null;
  const meeting = findMeeting(header);
  const byline = findSpeaker(segments);
  const pledge = header.find((l) => /^(我受|我代表)/u.test(l)) ?? firstSentence(input.paragraphs, titleHit?.para);
  const subtitle = meetingLine(header);
  const organSources = [title, meeting?.meeting ?? subtitle, byline?.speakerPost ?? null, pledge];
  const headings = partHeadings(input.outline.map((h) => h.title), texts);
  const years = findYears(headings, title, meeting?.date ?? null);
  return {
    title,
    body: findBody([title, byline?.speakerPost ?? null, pledge, ...header, ...sourceOffices([...header, ...removed.slice(0, 40)])]),
    kind: findKind([title, subtitle].filter(Boolean).join('\n') || null, headings),
    locality: findLocality([...organSources, openingSentence(input.paragraphs, titleHit?.para)]),
    session: findSession(organSources),
    meetingDate: meeting?.date ?? null,
    publishDate: findPublishDate([...header, ...removed]),
    speaker: byline?.speaker ?? null,
    speakerPost: byline?.speakerPost ?? null,
    ...years,
    warnings: warningsFor(title, years.reviewYear, years.planYear),
  };
}

/** A meeting line without a date still names the organ (——在中共开化县委十五届五次全会上的报告). */
function meetingLine(header: string[]): string | null {
  return header.find((l) => /在[^。；;]{2,60}?(会议|會議|大会|大會|全会|全會)上/u.test(l)) ?? null;
}

/** The sentence where a report says on whose behalf it speaks (我受…常务委员会委托), wherever the header ends. */
function firstSentence(paragraphs: Paragraph[], after = -1): string | null {
  for (const p of paragraphs.slice(after + 1, after + 8)) {
    const m = /(我受|我代表)[^。]{0,80}/u.exec(p.text);
    if (m) return m[0];
  }
  return null;
}

/**
 * The body text's first sentence, where a report often names itself in full (六安市金安区政协在区委的
 * 坚强领导下…): it only completes the place the header gave, never replaces it.
 */
function openingSentence(paragraphs: Paragraph[], after = -1): string | null {
  const p = paragraphs.slice(after + 1, after + 8).find((q) => q.heading === undefined && q.text.length >= 40);
  return p ? p.text.slice(0, 80).split('。')[0]! : null;
}

function warningsFor(title: string | null, review: number | null, plan: number | null): ParseWarning[] {
  const out: ParseWarning[] = [];
  if (!title) out.push(warning('no-title', {}));
  if (review === null && plan === null) out.push(warning('no-years', {}));
  return out;
}
