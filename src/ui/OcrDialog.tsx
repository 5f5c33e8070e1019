// The question asked the first time a file needs OCR (or from the settings): what OCR is, how much
// it stores, fetch it from this app's origin; then the download's progress with a stop button.
import { acceptOcr, cancelOcrFetch, declineOcr, ocrAsk, ocrFetch } from '../state/ocr';
import { formatBytes } from '../lib/format';
import { Dialog } from './Dialog';
import { tOcr } from './i18n-ocr';

function failureText(failed: string): string {
  const d = tOcr();
  return failed === 'offline' ? d.offline : failed === 'cancelled' ? d.cancelled : d.failed(failed);
}

export function OcrDialog() {
  const d = tOcr();
  const ask = ocrAsk.value;
  const progress = ocrFetch.value;
  const footer = progress
    ? <button type="button" onClick={cancelOcrFetch}>{d.cancelFetch}</button>
    : <>
      <button type="button" onClick={declineOcr}>{d.later}</button>
      <button type="button" class="primary" data-ocr-accept onClick={() => void acceptOcr()}>
        {ask && ask.files.length > 0 ? d.fetch : d.fetchOnly}
      </button>
    </>;
  return (
    <Dialog open={!!ask} title={d.title} onClose={() => { if (!progress) declineOcr(); }} footer={footer}>
      <p style="margin:0">{d.explain}</p>
      {ask && ask.files.length > 0 && <p style="margin:0" data-ocr-waiting>{d.waiting(ask.files.length, ask.pages)}</p>}
      <p class="muted" style="margin:0" data-ocr-cost>{ask?.bytes ? d.cost(formatBytes(ask.bytes)) : d.costUnknown}</p>
      {progress && (
        <div aria-live="polite" data-ocr-fetching>
          <span>{d.fetching(formatBytes(progress.done), formatBytes(progress.total))}</span>
          <div class="progress" role="progressbar" aria-label={d.title} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
            <div style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }} />
          </div>
        </div>
      )}
      {!progress && ask?.failed && <p class="card" role="alert" style="margin:0">{failureText(ask.failed)}</p>}
    </Dialog>
  );
}
