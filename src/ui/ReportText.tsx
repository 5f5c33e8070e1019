// The cleaned text: headings as h2/h3/h4 by outline level; a heading that shares its line with
// body text (a lead sentence) is set as a run-in heading followed by the rest of the paragraph.
// Text is rendered as text nodes only: imported HTML is never rendered as HTML.
import { memo } from 'preact/compat';
import type { Heading, Paragraph } from '../model/report';

interface Props {
  paragraphs: Paragraph[];
  outline: Heading[];
  /** Display texts (converted script) parallel to paragraphs/outline, or null for the originals. */
  texts: string[] | null;
  titles: string[] | null;
}

function ReportTextImpl({ paragraphs, outline, texts, titles }: Props) {
  return (
    <article class="reading">
      {paragraphs.map((p, i) => {
        const text = texts?.[i] ?? p.text;
        const h = p.heading === undefined ? undefined : outline[p.heading];
        if (!h || p.heading === undefined) return <p key={i} id={`p-${i}`}>{text}</p>;
        return <HeadingPara key={i} index={i} heading={p.heading} level={h.level} text={text} title={titles?.[p.heading] ?? h.title} />;
      })}
    </article>
  );
}

function HeadingPara({ index, heading, level, text, title }: { index: number; heading: number; level: number; text: string; title: string }) {
  const Tag = level <= 1 ? 'h2' : level === 2 ? 'h3' : 'h4';
  const at = title ? text.indexOf(title) : -1;
  let end = at >= 0 ? at + title.length : text.length;
  if (/[。：:]/.test(text.charAt(end))) end += 1;
  const rest = text.slice(end).trim();
  if (rest.length < 4) return <Tag id={`p-${index}`} data-heading={heading}>{text}</Tag>;
  return (
    <div id={`p-${index}`} class="run-in-para">
      <Tag class="run-in" data-heading={heading}>{text.slice(0, end)}</Tag>{rest}
    </div>
  );
}

export const ReportText = memo(ReportTextImpl);
