// Metadata found in the text: title, body, kind, locality, session, dates, speaker, years.
import type { Heading, Paragraph, ReportMeta } from '../model/report';

export interface MetaInput {
  paragraphs: Paragraph[];
  outline: Heading[];
  removed: string[];
  fileName: string;
}

export function extractMetadata(input: MetaInput): ReportMeta {
  void input;
  return {
    title: null, body: 'other', kind: 'other', locality: null, session: null, meetingDate: null,
    publishDate: null, speaker: null, speakerPost: null, reviewYear: null, planYear: null,
  };
}
