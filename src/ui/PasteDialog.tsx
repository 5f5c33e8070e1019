// Paste the text of a report (copied from a web page or a PDF) and import it as a .txt file.
import { useState } from 'preact/hooks';
import { importPastedText } from '../state/import-sources';
import { Dialog } from './Dialog';
import { t } from './i18n';

export function PasteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [text, setText] = useState('');
  const submit = () => {
    importPastedText(text, t().pastedFallback);
    setText('');
    onClose();
  };
  return (
    <Dialog open={open} title={t().pasteTitle} onClose={onClose}
      footer={<>
        <button type="button" onClick={onClose}>{t().cancel}</button>
        <button type="button" class="primary" disabled={!text.trim()} onClick={submit}>{t().pasteImport}</button>
      </>}>
      <p class="muted" style="margin:0">{t().pasteHint}</p>
      <label>
        {t().pasteLabel}
        <textarea value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
    </Dialog>
  );
}
