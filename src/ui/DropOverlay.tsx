// The whole-window drop target: a clear overlay while files are dragged over the page.
// Listeners sit on window, so a drop anywhere counts; a depth counter survives child enter/leave.
// A dropped library file (backup or `pack` output) is restored rather than imported (open-files.ts).
import { useEffect, useState } from 'preact/hooks';
import { filesFromDrop } from '../state/import-sources';
import { openFiles } from '../state/open-files';
import { reportFailure } from '../state/notices';
import { t } from './i18n';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function DropOverlay() {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => { if (hasFiles(e)) { depth++; setActive(true); } };
    const leave = () => { depth = Math.max(0, depth - 1); if (depth === 0) setActive(false); };
    const over = (e: DragEvent) => { if (hasFiles(e)) { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; } };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer || !hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      filesFromDrop(e.dataTransfer).then((files) => openFiles(files, t().backupImported)).catch((err: unknown) => reportFailure(err, 'import'));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!active) return null;
  return (
    <div class="drop-overlay" aria-hidden="true">
      <div>{t().dropHere}<small>{t().dropHint}</small></div>
    </div>
  );
}
