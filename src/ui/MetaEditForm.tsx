// The correction form: the user's fixes to title, body, locality, years, speaker…; only fields
// that differ from what is shown are saved, and they survive any later re-parse.
import { useState } from 'preact/hooks';
import { BODIES, type Body, type Kind, type ParsedReport, type ReportMeta } from '../model/report';
import type { Corrections } from '../state/types';
import { saveCorrections } from '../state/report';
import { t } from './i18n';

const TEXT_FIELDS = ['title', 'locality', 'session', 'speaker', 'speakerPost', 'meetingDate', 'publishDate'] as const;
const YEAR_FIELDS = ['reviewYear', 'planYear'] as const;
const KINDS: Kind[] = ['work-report', 'half-year', 'other'];

type Draft = Record<keyof ReportMeta, string>;

function toDraft(r: ReportMeta): Draft {
  const out = {} as Draft;
  for (const [k, v] of Object.entries(r) as [keyof ReportMeta, unknown][]) out[k] = v === null || v === undefined ? '' : String(v);
  return out;
}

function diff(report: ReportMeta, draft: Draft): Corrections {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof ReportMeta)[]) {
    const raw = draft[key].trim();
    const isYear = (YEAR_FIELDS as readonly string[]).includes(key);
    const value = raw === '' ? null : isYear ? Number.parseInt(raw, 10) : raw;
    if (isYear && typeof value === 'number' && !Number.isFinite(value)) continue;
    if (value !== report[key]) patch[key] = value;
  }
  return patch as Corrections;
}

export function MetaEditForm({ report, corrections, onDone }: { report: ParsedReport; corrections: Corrections; onDone: () => void }) {
  const meta: ReportMeta = report;
  const [draft, setDraft] = useState<Draft>(() => toDraft(meta));
  const d = t();
  const set = (key: keyof ReportMeta) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  // The browser's own message for a pattern it refuses is in the browser's language and names no
  // format: the field says what it wants, in the interface's language.
  const checkYear = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    input.setCustomValidity('');
    if (input.validity.patternMismatch) input.setCustomValidity(d.yearHint);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await saveCorrections(diff(meta, draft))) onDone();
  };
  const reset = async () => {
    const patch = Object.fromEntries(Object.keys(corrections).map((k) => [k, undefined])) as Corrections;
    if (await saveCorrections(patch)) onDone();
  };
  return (
    <form class="meta-form" onSubmit={submit} onKeyDown={(e) => { if (e.key === 'Escape') onDone(); }}>
      <label class="wide">{d.fields.title}<input value={draft.title} onInput={set('title')} /></label>
      <label>{d.fields.body}
        <select value={draft.body} onChange={set('body')}>{BODIES.map((b) => <option key={b} value={b}>{d.body[b]}</option>)}</select>
      </label>
      <label>{d.fields.kind}
        <select value={draft.kind} onChange={set('kind')}>{KINDS.map((k) => <option key={k} value={k}>{d.kind[k]}</option>)}</select>
      </label>
      {TEXT_FIELDS.filter((k) => k !== 'title').map((k) => (
        <label key={k}>{d.fields[k]}<input value={draft[k]} onInput={set(k)} placeholder={k.endsWith('Date') ? 'YYYY-MM-DD' : undefined} /></label>
      ))}
      {YEAR_FIELDS.map((k) => (
        <label key={k}>{d.fields[k]}<input inputMode="numeric" pattern="[0-9]{4}" value={draft[k]} onInput={(e) => { set(k)(e); checkYear(e); }} /></label>
      ))}
      <div class="wide" style="display:flex;gap:0.5rem;flex-wrap:wrap">
        <button type="submit" class="primary">{d.save}</button>
        <button type="button" onClick={onDone}>{d.cancel}</button>
        {Object.keys(corrections).length > 0 && <button type="button" class="link" onClick={() => void reset()}>{d.resetCorrections}</button>}
      </div>
    </form>
  );
}
