// Backup and restore: export the whole library to one file, import one (from this or another
// device), with progress; also why backing up matters in a browser.
import { useRef } from 'preact/hooks';
import { backupDialogOpen, backupMessage, backupTask, runExport, runImport } from '../state/backup';
import { lastBackupAt } from '../state/settings';
import { formatDate } from '../lib/format';
import { Dialog } from './Dialog';
import { t } from './i18n';

export function BackupDialog() {
  const input = useRef<HTMLInputElement>(null);
  const d = t();
  const task = backupTask.value;
  const close = () => { backupDialogOpen.value = false; };
  const onPick = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    el.value = '';
    if (file) void runImport(file, d.backupImported);
  };
  return (
    <Dialog open={backupDialogOpen.value} title={d.backupTitle} onClose={close}>
      <p style="margin:0">{d.backupExplain}</p>
      <p class="muted" style="margin:0">{d.backupReminder}</p>
      <p class="muted" style="margin:0">{lastBackupAt.value ? d.backupLast(formatDate(lastBackupAt.value)) : d.backupNever}</p>
      <div style="display:flex;gap:0.5rem;flex-wrap:wrap">
        <button type="button" class="primary" disabled={!!task} onClick={() => void runExport(d.backupExported)}>{d.backupExport}</button>
        <button type="button" disabled={!!task} onClick={() => input.current?.click()}>{d.backupImport}</button>
        <input ref={input} id="backup-input" type="file" hidden aria-label={d.backupImport} onChange={onPick} />
      </div>
      {!task && backupMessage.value && <p class="card" role="status" style="margin:0;white-space:pre-line">{backupMessage.value}</p>}
      {task && (
        <div aria-live="polite" data-backup-running="true">
          <span>{task.kind === 'export' ? d.backupExporting : d.backupImporting} {task.progress.total ? `${task.progress.done} / ${task.progress.total}` : ''}</span>
          <div class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={task.progress.total} aria-valuenow={task.progress.done}>
            <div style={{ width: `${task.progress.total ? (100 * task.progress.done) / task.progress.total : 5}%` }} />
          </div>
        </div>
      )}
    </Dialog>
  );
}
