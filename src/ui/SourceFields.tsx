// The labelled block a scraper wrote above a report's text (标题：… 发文单位：… 报告人：… 来源URL：…):
// metadata, not the report, so it is shown apart — a small folded details box above the text —
// and never as body text (the search index and term trends read only the paragraphs).
import type { SourceField } from '../model/report';
import { t } from './i18n';

export function SourceFields({ fields }: { fields: SourceField[] | undefined }) {
  if (!fields || fields.length === 0) return null;
  const d = t();
  return (
    <details class="source-fields">
      <summary>{d.sourceFields} <span class="muted">({fields.length})</span></summary>
      <dl class="meta-list">
        {fields.flatMap((f, i) => [<dt key={`t${i}`}>{f.label}</dt>, <dd key={`d${i}`}>{f.value}</dd>])}
      </dl>
    </details>
  );
}
