// One line about the search index when it matters: loading, indexing (with progress), or failed.
// Its data attributes expose the worker's counters (loaded from storage / indexed) to tests.
import { searchStatus } from '../../state/search';
import { t } from '../i18n';

export function IndexStatus() {
  const s = searchStatus.value;
  const d = t().srch;
  let text = '';
  if (!s || s.phase === 'starting' || s.phase === 'loading') text = d.loadingIndex;
  else if (s.phase === 'indexing' && s.progress) text = d.indexing(s.progress.done, s.progress.total);
  else if (s.phase === 'error') text = d.indexError(s.error ?? '');
  return (
    <p class="index-status muted" role="status" data-phase={s?.phase ?? 'starting'} data-loaded={s?.loaded ?? 0}
      data-indexed={s?.indexed ?? 0} data-size={s?.size ?? 0} data-load-ms={s?.loadMs ?? ''} hidden={!text}>
      {text}
      {s?.progress && s.progress.total > 0 && (
        <span class="progress"><span style={{ width: `${(100 * s.progress.done) / s.progress.total}%` }} /></span>
      )}
    </p>
  );
}
