// OCR settings: whether the engine and data are stored on this device and how large, remove them
// (a later scan then asks again), fetch them ahead of time, and the script to recognise with.
import { offerOcr, ocrScript, ocrSettingsOpen, ocrStored, removeOcrData, setOcrScript } from '../state/ocr';
import { showToast } from '../state/notices';
import type { OcrScript } from '../parse/extract/ocr-types';
import { formatBytes } from '../lib/format';
import { Dialog } from './Dialog';
import { tOcr } from './i18n-ocr';

const SCRIPTS: OcrScript[] = ['auto', 'simplified', 'traditional'];

export function OcrSettingsDialog() {
  const d = tOcr();
  const stored = ocrStored.value;
  const remove = async () => { await removeOcrData(); showToast(d.removed); };
  return (
    <Dialog open={ocrSettingsOpen.value} title={d.settings} onClose={() => { ocrSettingsOpen.value = false; }}>
      <p style="margin:0">{d.explain}</p>
      <p style="margin:0" role="status" data-ocr-stored={stored ? 'yes' : 'no'}>{stored ? d.stored(formatBytes(stored.bytes)) : d.notStored}</p>
      <div style="display:flex;gap:0.5rem;flex-wrap:wrap">
        {stored
          ? <button type="button" data-ocr-remove onClick={() => void remove()}>{d.remove}</button>
          : <button type="button" class="primary" onClick={() => void offerOcr()}>{d.fetchOnly}</button>}
      </div>
      <fieldset class="ocr-script">
        <legend>{d.script}</legend>
        {SCRIPTS.map((s) => (
          <label key={s}>
            <input type="radio" name="ocr-script" value={s} checked={ocrScript.value === s} onChange={() => setOcrScript(s)} />
            {' '}{d.scripts[s]}
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
