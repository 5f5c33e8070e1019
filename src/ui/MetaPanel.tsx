// The report's metadata as a definition list, marking fields the user corrected, with the
// button that opens the correction form.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { OpenedReport } from '../state/types';
import { formatBytes } from '../lib/format';
import { MetaEditForm } from './MetaEditForm';
import { t } from './i18n';

const SHOWN = ['title', 'body', 'kind', 'locality', 'session', 'meetingDate', 'publishDate', 'speaker', 'speakerPost', 'reviewYear', 'planYear'] as const;

export function MetaPanel({ opened }: { opened: OpenedReport }) {
  const [editing, setEditing] = useState(false);
  const d = t();
  const r = opened.report;
  const display = (key: (typeof SHOWN)[number]): string => {
    const v = r[key];
    if (v === null || v === undefined || v === '') return '—';
    if (key === 'body') return d.body[r.body];
    if (key === 'kind') return d.kind[r.kind] ?? r.kind;
    return String(v);
  };
  return (
    <section class="card" aria-labelledby="meta-h">
      <div style="display:flex;justify-content:space-between;align-items:center;gap:0.5rem;flex-wrap:wrap">
        <h2 id="meta-h">{d.metadata}</h2>
        {!editing && <button type="button" onClick={() => setEditing(true)}>{d.editMeta}</button>}
      </div>
      {editing ? <MetaEditForm report={r} corrections={opened.corrections} onDone={() => setEditing(false)} /> : (
        <dl class="meta-list">
          {SHOWN.map((key) => (
            <Fragment key={key}>
              <dt>{d.fields[key]}</dt>
              <dd data-field={key}>
                {display(key)}
                {key in opened.corrections && <span class="pill" style="margin-left:0.5em">{d.metaCorrected}</span>}
              </dd>
            </Fragment>
          ))}
          <dt>{d.fields.fileName}</dt><dd>{opened.stored.fileName}</dd>
          <dt>{d.fields.format}</dt><dd>{r.format} · {r.encoding}</dd>
          <dt>{d.fields.script}</dt><dd>{d.script[r.script] ?? r.script}</dd>
          <dt>{d.fields.size}</dt><dd>{formatBytes(opened.stored.size)}</dd>
          <dt>{d.fields.parserVersion}</dt><dd>{opened.stored.parserVersion}</dd>
        </dl>
      )}
    </section>
  );
}
