// The import progress panel: a summary line with a bar, cancel, and the files with their status
// (each of which can be cancelled alone, see ImportFileRow).
// At most 200 rows are rendered (failures first), so a 1,000-file import stays light.
import { useEffect, useRef, useState } from 'preact/hooks';
import { cancelImport, closeImportPanel, importCounts, importJob, type ImportRow } from '../state/import';
import { route } from '../state/route';
import { t } from './i18n';
import { ImportFileRow } from './ImportFileRow';

const CAP = 200;

function orderRows(rows: ImportRow[], failedOnly: boolean): { row: ImportRow; index: number }[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  const failed = indexed.filter((r) => r.row.status === 'failed');
  if (failed.length === 0 && failedOnly) return [];
  return failedOnly ? failed : [...failed, ...indexed.filter((r) => r.row.status !== 'failed')];
}

export function ImportPanel() {
  const [failedOnly, setFailedOnly] = useState(false);
  const [expanded, setExpanded] = useState<boolean | null>(null);
  // Going elsewhere after an import has finished folds its list to the summary line: on a phone the
  // list of a finished import (failures keep it open) would otherwise cover half of the next view.
  const where = route.value;
  const shownAt = useRef(where);
  useEffect(() => {
    if (shownAt.current === where) return;
    shownAt.current = where;
    if (importJob.peek()?.running === false) setExpanded(false);
  }, [where]);
  const job = importJob.value;
  // A new import starts with its list shown, however the last one was left.
  const running = job?.running === true;
  useEffect(() => { if (running) setExpanded(null); }, [running]);
  if (!job) return null;
  const d = t();
  const c = importCounts.value;
  // A finished job without failures folds to its summary line; the list is one click away.
  const showList = expanded ?? (job.running || c.failed > 0);
  const shown = orderRows(job.rows, failedOnly);
  const title = job.running ? d.importTitle : job.cancelled ? d.importCancelled : d.importDone;
  return (
    <section class="import-panel" role="region" aria-label={d.importTitle} data-running={job.running ? 'true' : 'false'}>
      <header>
        <h2>{title}</h2>
        {c.failed > 0 && (
          <label style="flex-direction:row;align-items:center;gap:0.3em">
            <input type="checkbox" checked={failedOnly} onChange={() => setFailedOnly(!failedOnly)} />{d.showFailedOnly}
          </label>
        )}
        <button type="button" class="link" aria-expanded={showList} onClick={() => setExpanded(!showList)}>
          {showList ? d.hideList : d.showList}
        </button>
        {job.running
          ? <button type="button" onClick={cancelImport} disabled={job.cancelled}>{d.importCancel}</button>
          : <button type="button" aria-label={d.close} onClick={closeImportPanel}>✕</button>}
      </header>
      <div class="summary" aria-live="polite">
        <span class="import-summary">{d.importSummary(c)}</span>
        <div class="progress" role="progressbar" aria-label={d.importTitle} aria-valuetext={d.importSummary(c)} aria-valuemin={0} aria-valuemax={c.total} aria-valuenow={c.done}>
          <div style={{ width: `${c.total ? (100 * c.done) / c.total : 0}%` }} />
        </div>
      </div>
      {showList && <ol>
        {shown.slice(0, CAP).map(({ row, index }) => <ImportFileRow key={index} row={row} index={index} running={job.running} />)}
      </ol>}
      {showList && shown.length > CAP && <div class="more">{d.moreFiles(shown.length - CAP)}</div>}
    </section>
  );
}
