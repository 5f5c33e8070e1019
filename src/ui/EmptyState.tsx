// What a first-time visitor sees: what the app does, that nothing leaves the device, and a
// one-click way to see it working with the bundled sample reports.
import { useState } from 'preact/hooks';
import { loadSamples } from '../state/import-sources';
import { reportFailure } from '../state/notices';
import { t } from './i18n';

export function EmptyState({ onPick }: { onPick: () => void }) {
  const [loading, setLoading] = useState(false);
  const trySamples = async () => {
    setLoading(true);
    try {
      await loadSamples();
    } catch (err) {
      reportFailure(new Error(`${t().samplesFailed}: ${err instanceof Error ? err.message : String(err)}`));
    } finally {
      setLoading(false);
    }
  };
  return (
    <section class="empty" aria-labelledby="empty-title">
      <img src={`${import.meta.env.BASE_URL}icon.svg`} alt="" />
      <h1 id="empty-title">{t().emptyTitle}</h1>
      <p>{t().emptyBody}</p>
      <p class="privacy">🔒 {t().emptyPrivacy}</p>
      <p class="muted">{t().emptyHow}</p>
      <div class="cta">
        <button type="button" class="primary" onClick={trySamples} disabled={loading}>
          {loading ? t().loadingSamples : t().trySamples}
        </button>
        <button type="button" onClick={onPick}>{t().importFiles}</button>
      </div>
    </section>
  );
}
