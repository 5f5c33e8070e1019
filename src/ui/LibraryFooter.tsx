// Quiet facts under the list: storage used, persistence (and what its absence risks), last backup.
import { usage, persistence } from '../state/storage';
import { lastBackupAt } from '../state/settings';
import { summaries } from '../state/library';
import { reparseProgress } from '../state/reparse';
import { backupDialogOpen } from '../state/backup';
import { formatBytes, formatDate } from '../lib/format';
import { t } from './i18n';
import { tOcr } from './i18n-ocr';
import { ocrSettingsOpen, ocrStored } from '../state/ocr';

export function LibraryFooter() {
  const d = t();
  const u = usage.value;
  return (
    <footer class="library-foot">
      {persistence.value === 'denied' && summaries.value.length > 0 && (
        <p class="persist-note" role="note" data-persist="denied">
          {d.persistDenied}{' '}
          <button type="button" class="link" onClick={() => { backupDialogOpen.value = true; }}>{d.backupExport}</button>
        </p>
      )}
      {u && <span>{d.storageUsed(formatBytes(u.usage), formatBytes(u.quota))}</span>}
      {persistence.value === 'granted' && <span>{d.storagePersisted}</span>}
      {reparseProgress.value && <span role="status">{d.reparsing(reparseProgress.value.done, reparseProgress.value.total)}</span>}
      {/* An empty library has nothing to back up: "never backed up" would read as a warning. */}
      {(lastBackupAt.value || summaries.value.length > 0) && <span>{lastBackupAt.value ? d.backupLast(formatDate(lastBackupAt.value)) : d.backupNever}</span>}
      <button type="button" class="link" data-ocr-settings onClick={() => { ocrSettingsOpen.value = true; }}>
        {ocrStored.value ? tOcr().footStored(formatBytes(ocrStored.value.bytes)) : tOcr().footNone}
      </button>
    </footer>
  );
}
