// Metadata found in the text: title, body, kind, locality, session, dates, speaker, years.
// Read from a scraper's labelled fields (标题：… 报告人：…), the header zone (title, byline, meeting
// line), lines the cleaner removed (publication dates, authors) and the part headings; never from
// mentions deep in the body text.
import type { Heading, Paragraph, ReportMeta, SourceField } from '../model/report';
import type { ParseWarning } from '../model/warnings';
import { warning } from './warnings';
import { headerLines, headerSegments, plainLine, sourceOffices } from './meta/lines';
import { fieldTitle, findTitle } from './meta/title';
import { findMeeting, findMeetingDay, findPublishDate, meetingDateIn } from './meta/dates';
import { findSpeaker, type SpeakerHit } from './meta/speaker';
import { bareName } from './meta/names';
import { findBody, findLocality, findNational, findSession } from './meta/organ';
import { findKind, findYears, partHeadings } from './meta/years';

export interface MetaInput {
  paragraphs: Paragraph[];
  outline: Heading[];
  removed: string[];
  /** The scraper's labelled header, when the text had one. */
  fields?: SourceField[];
  fileName: string;
}

export interface MetaResult extends ReportMeta {
  /** Plain-language notes on what could not be found. */
  warnings: ParseWarning[];
}

export function extractMetadata(input: MetaInput): MetaResult {
  const texts = input.paragraphs.map((p) => p.text);
  const fields = fieldLines(input.fields ?? []);
  const header = headerLines(input.paragraphs);
  const removed = input.removed.map(plainLine);
  // concat rather than spreads: the lists differ in V8's element kinds from report to report, and
  // spreading them deoptimised this function twice per run (a recompile each time, in every worker).
  const segments = headerSegments(fields.lines.concat(header, removed.slice(0, 40)));
  const titleHit = findTitle(texts);
  const title = fields.title ?? titleHit?.title ?? null;
  const subtitle = meetingLine(header);
  const byline = findSpeaker(segments) ?? nameUnderMeeting(header, subtitle);
  const pledge = pledgeClause(header.find((l) => /^(我受|我代表)/u.test(l)) ?? firstSentence(input.paragraphs, titleHit?.para));
  const publishDate = findPublishDate(fields.lines.concat(header, removed));
  const headings = partHeadings(input.outline.map((h) => h.title), texts);
  const meeting = findMeeting(header);
  const day = meeting ? null : findMeetingDay(header);
  const meetingDate = meeting?.date ?? (day && meetingDateIn(day, findYears(headings, title, null).planYear, publishDate));
  const organSources = [title, meeting?.meeting ?? day?.meeting ?? subtitle, byline?.speakerPost ?? null, fields.organ, pledge];
  const years = findYears(headings, title, meetingDate);
  return {
    title,
    // The meeting line names the venue (a government reports to the people's congress): it comes last.
    body: findBody([title, byline?.speakerPost ?? null, fields.organ, pledge, ...header.filter((l) => l !== subtitle), subtitle,
      ...sourceOffices([...header, ...removed.slice(0, 40)])]),
    kind: findKind([title, subtitle].filter(Boolean).join('\n') || null, headings),
    locality: findNational(organSources) ?? findLocality(organSources, [openingSentence(input.paragraphs, titleHit?.para)]),
    session: findSession(organSources),
    meetingDate,
    publishDate,
    speaker: byline?.speaker ?? null,
    speakerPost: byline?.speakerPost ?? null,
    ...years,
    warnings: warningsFor(title, years.reviewYear, years.planYear),
  };
}

const TITLE_FIELD = /^(标题|標題|题目|題目|文章标题)$/u;
const ORGAN_FIELD = /^(发文单位|發文單位|发文机关|發文機關|发布机构|發布機構|发布单位|發布單位)$/u;

/** A scraper's fields as labelled lines the date and byline readers know, plus its title and issuing organ. */
function fieldLines(fields: SourceField[]): { lines: string[]; title: string | null; organ: string | null } {
  const title = fields.find((f) => TITLE_FIELD.test(f.label));
  return {
    lines: fields.map((f) => `${f.label}：${f.value}`),
    title: title ? fieldTitle(title.value) : null,
    organ: fields.find((f) => ORGAN_FIELD.test(f.label))?.value ?? null,
  };
}

/** A name alone on a line just under the meeting line (a date line may come between): the speaker, post unknown. */
function nameUnderMeeting(header: string[], meeting: string | null): SpeakerHit | null {
  const at = meeting === null ? -1 : header.indexOf(meeting);
  if (at < 0) return null;
  for (const line of header.slice(at + 1, at + 3)) {
    const name = bareName(line);
    if (name) return { speaker: name, speakerPost: null };
  }
  return null;
}

/**
 * The organ a report speaks for is named right after 我代表/我受 (我代表市人民政府，…并请市政协委员…提出意见):
 * the rest of the sentence mentions other bodies in passing.
 */
function pledgeClause(sentence: string | null): string | null {
  return sentence === null ? null : sentence.split(/[，,。；;]/u)[0]!;
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
