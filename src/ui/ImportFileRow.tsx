// One file of the import panel: name, status and reason. A file still waiting or being parsed can be
// cancelled alone; one that takes a while says for how long it has been parsed.
import { useEffect, useState } from 'preact/hooks';
import { cancelImportFile, type ImportRow } from '../state/import';
import { t } from './i18n';
import { lang } from '../state/settings';
import { errorText } from './error-text';
import { warningText } from './warning-text';
import { tOcr } from './i18n-ocr';
import { offerOcr } from '../state/ocr';

/** The row already shows the file name; the worker's reason starts with it too (for logs). */
function withoutName(error: string, name: string): string {
  const base = name.split('/').pop() ?? name;
  for (const prefix of [`${name}: `, `${base}: `]) if (error.startsWith(prefix)) return error.slice(prefix.length);
  return error;
}

/** Seconds since the row started parsing, ticking while it parses (nothing for a quick file). */
function useParsingSeconds(parsing: boolean): number {
  const [since] = useState(() => Date.now());
  const [now, setNow] = useState(since);
  useEffect(() => {
    if (!parsing) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [parsing]);
  return Math.floor((now - since) / 1000);
}

export function ImportFileRow({ row, index, running }: { row: ImportRow; index: number; running: boolean }) {
  const d = t();
  const parsing = row.status === 'parsing';
  const seconds = useParsingSeconds(parsing);
  const cancellable = running && (row.status === 'queued' || parsing);
  const status = parsing && row.ocr ? tOcr().page(row.ocr.page, row.ocr.pages)
    : parsing && seconds >= 2 ? d.parsingFor(seconds) : d.status[row.status] ?? row.status;
  return (
    <li data-status={row.status}>
      <span class="name" title={row.name}>{row.name}</span>
      <span class="state">
        <span class={`st-${row.status}`}>{status}</span>
        {cancellable && (
          <button type="button" class="link row-cancel" aria-label={d.cancelFile(row.name)} title={d.cancelFile(row.name)}
            onClick={() => cancelImportFile(index)}>✕</button>
        )}
      </span>
      {row.doubt && <span class="reason doubt" data-code={row.doubt.code}>{warningText(row.doubt, lang.value)}</span>}
      {row.error && <span class="reason" title={row.error} data-code={row.failure?.code}>
        {row.failure ? errorText(row.failure, lang.value) : withoutName(row.error, row.name)}
        {row.failure?.code === 'ocr-needed' && !running && (
          <>{' '}<button type="button" class="link" onClick={() => void offerOcr()}>{tOcr().fetchOnly}</button></>
        )}
      </span>}
    </li>
  );
}
