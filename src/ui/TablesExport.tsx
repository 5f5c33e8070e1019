// The library view's "export tables" button: the whole library, or the reports the filters show,
// with a progress bar while the worker builds the zip.
import { summaries, visible } from '../state/library';
import { runTablesExport, tablesTask } from '../state/tables-export';
import { t } from './i18n';

export function TablesExport() {
  const d = t();
  const task = tablesTask.value;
  const shown = visible.value.length;
  const total = summaries.value.length;
  const onClick = () => void runTablesExport(shown === total ? null : visible.value.map((s) => s.id), d.exportTablesDone);
  return (
    <div class="tables-export">
      <button type="button" disabled={!!task || shown === 0} title={d.exportTablesHint} onClick={onClick}>{d.exportTables(shown, total)}</button>
      {task && (
        <span aria-live="polite" data-tables-running="true">
          {d.exportTablesRunning} {task.total ? `${Math.min(task.done, task.total - 1)} / ${task.total - 1}` : ''}
          <span class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={task.total} aria-valuenow={task.done}>
            <span style={{ width: `${task.total ? (100 * task.done) / task.total : 5}%` }} />
          </span>
        </span>
      )}
    </div>
  );
}
