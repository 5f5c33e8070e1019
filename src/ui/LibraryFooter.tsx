// Quiet facts under the list: storage used, persistence, last backup.
import { usage, persisted } from '../state/storage';
import { lastBackupAt } from '../state/settings';
import { reparseProgress } from '../state/reparse';
import { formatBytes, formatDate } from '../lib/format';
import { t } from './i18n';

export function LibraryFooter() {
  const d = t();
  const u = usage.value;
  return (
    <footer class="library-foot">
      {u && <span>{d.storageUsed(formatBytes(u.usage), formatBytes(u.quota))}</span>}
      {persisted.value && <span>{d.storagePersisted}</span>}
      {reparseProgress.value && <span role="status">{d.reparsing(reparseProgress.value.done, reparseProgress.value.total)}</span>}
      <span>{lastBackupAt.value ? d.backupLast(formatDate(lastBackupAt.value)) : d.backupNever}</span>
    </footer>
  );
}
