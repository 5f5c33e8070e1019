// What a first-time visitor sees: what the app does, that nothing leaves the device, and a
// one-click way to see it working with the bundled sample reports.
import { useState } from 'preact/hooks';
import { loadSamples } from '../state/import-sources';
import { reportFailure } from '../state/notices';
import { backupDialogOpen } from '../state/backup';
import { t } from './i18n';

export function EmptyState({ onPick }: { onPick: () => void }) {
  const [loading, setLoading] = useState(false);
  const trySamples = async () => {
    setLoading(true);
    try {
      await loadSamples();
    } catch (err) {
      reportFailure(err, 'samples');
    } finally {
      setLoading(false);
    }
  };
  return (
    <section class="empty" aria-labelledby="empty-title">
      <img src={`${import.meta.env.BASE_URL}icon.svg`} alt="" />
      <h1 id="empty-title">{t().emptyTitle}</h1>
      <p>{t().emptyBody}</p>
      <p class="privacy"><LockIcon /> {t().emptyPrivacy}</p>
      <p class="muted drop-hint">{t().emptyHow}</p>
      <div class="cta">
        <button type="button" class="primary" onClick={trySamples} disabled={loading}>
          {loading ? t().loadingSamples : t().trySamples}
        </button>
        <button type="button" onClick={onPick}>{t().importFiles}</button>
        {/* A new device, or a library just cleared: the way back is a backup file. */}
        <button type="button" onClick={() => { backupDialogOpen.value = true; }}>{t().backupImport}</button>
      </div>
    </section>
  );
}

function LockIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" style="vertical-align:-2px">
      <path fill="currentColor" d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 0 1 6 0v3z" />
    </svg>
  );
}
