// The cleaned text: headings as h2/h3/h4 by outline level; a heading that shares its line with
// body text (a lead sentence) is set as a run-in heading followed by the rest of the paragraph.
// Text is rendered as text nodes only: imported HTML is never rendered as HTML.
import { memo } from 'preact/compat';
import type { Heading, Paragraph } from '../model/report';
import { Marked, type Range } from './search/Marked';

interface Props {
  paragraphs: Paragraph[];
  outline: Heading[];
  /** Display texts (converted script) parallel to paragraphs/outline, or null for the originals. */
  texts: string[] | null;
  titles: string[] | null;
  /** Search hits to mark, by paragraph: [start, end, hit number] in the paragraph's original text. */
  marks?: ReadonlyMap<number, Range[]> | null;
}

/** Marks count in the original text: a converted display text of another length is left unmarked. */
function marksOf(marks: Props['marks'], i: number, text: string, original: string): readonly Range[] | undefined {
  return text.length === original.length ? marks?.get(i) : undefined;
}

function ReportTextImpl({ paragraphs, outline, texts, titles, marks }: Props) {
  return (
    <article class="reading">
      {paragraphs.map((p, i) => {
        const text = texts?.[i] ?? p.text;
        const h = p.heading === undefined ? undefined : outline[p.heading];
        const m = marksOf(marks, i, text, p.text);
        if (!h || p.heading === undefined) return <p key={i} id={`p-${i}`}>{m ? <Marked text={text} ranges={m} /> : text}</p>;
        return <HeadingPara key={i} index={i} heading={p.heading} level={h.level} text={text} title={titles?.[p.heading] ?? h.title} marks={m} />;
      })}
    </article>
  );
}

interface HeadingProps { index: number; heading: number; level: number; text: string; title: string; marks?: readonly Range[] }

function HeadingPara({ index, heading, level, text, title, marks }: HeadingProps) {
  const Tag = level <= 1 ? 'h2' : level === 2 ? 'h3' : 'h4';
  const at = title ? text.indexOf(title) : -1;
  let end = at >= 0 ? at + title.length : text.length;
  if (/[。：:]/.test(text.charAt(end))) end += 1;
  const rest = text.slice(end).trim();
  if (rest.length < 4) return <Tag id={`p-${index}`} data-heading={heading}>{marks ? <Marked text={text} ranges={marks} /> : text}</Tag>;
  const head = text.slice(0, end);
  const restAt = text.indexOf(rest, end);
  return (
    <div id={`p-${index}`} class="run-in-para">
      <Tag class="run-in" data-heading={heading}>{marks ? <Marked text={head} ranges={marks} /> : head}</Tag>
      {marks ? <Marked text={rest} ranges={marks} offset={restAt} /> : rest}
    </div>
  );
}

export const ReportText = memo(ReportTextImpl);
