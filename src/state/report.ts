// The open report: loading by id, the simplified/traditional display switch (converters load
// lazily; cn2t's dictionary is its own chunk), metadata corrections and the original download.
import { signal } from '@preact/signals';
import { getOriginal, getReport, setCorrections, type OpenedReport } from '../store/repo';
import type { Corrections } from '../store/types';
import { loadToSimplified, loadToTraditional } from '../text/convert';
import { library } from './db';
import { baseName, safeDownloadName } from '../lib/download-name';
import { upsertSummaries } from './library';
import { reportFailure } from './notices';
import { announce } from './tabs';

export type ViewScript = 'original' | 'simplified' | 'traditional';

export interface OpenState {
  id: string;
  status: 'loading' | 'ready' | 'missing';
  opened?: OpenedReport;
}

export const openReportState = signal<OpenState | null>(null);
export const viewScript = signal<ViewScript>('original');
/** Paragraph texts and outline titles in the chosen script; null shows the report's own. */
/** The report's words in the chosen script: its title, place and speaker (the head), paragraphs and outline titles. */
export const convertedText = signal<{ title: string | null; locality: string | null; speaker: string | null; paragraphs: string[]; titles: string[] } | null>(null);
export const converting = signal(false);

let loadSeq = 0;

export async function openReport(id: string): Promise<void> {
  const seq = ++loadSeq;
  // Re-opening the report on screen refreshes it quietly (a re-parse or a correction may have
  // changed it) instead of flashing "loading" and losing the reader's script choice.
  if (openReportState.value?.id !== id || openReportState.value.status !== 'ready') {
    openReportState.value = { id, status: 'loading' };
    viewScript.value = 'original';
    convertedText.value = null;
  }
  try {
    const opened = await getReport(await library(), id);
    if (seq !== loadSeq) return;
    openReportState.value = opened ? { id, status: 'ready', opened } : { id, status: 'missing' };
    if (opened && viewScript.value !== 'original') void setViewScript(viewScript.value);
  } catch (err) {
    if (seq === loadSeq) openReportState.value = { id, status: 'missing' };
    reportFailure(err, 'report');
  }
}

export async function setViewScript(target: ViewScript): Promise<void> {
  const report = openReportState.value?.opened?.report;
  viewScript.value = target;
  if (!report || target === 'original') { convertedText.value = null; return; }
  converting.value = true;
  try {
    const convert = await (target === 'traditional' ? loadToTraditional() : loadToSimplified());
    if (viewScript.value !== target) return;
    convertedText.value = {
      title: report.title === null ? null : convert(report.title),
      locality: report.locality === null ? null : convert(report.locality),
      speaker: report.speaker === null ? null : convert(report.speaker),
      paragraphs: report.paragraphs.map((p) => convert(p.text)),
      titles: report.outline.map((h) => convert(h.title)),
    };
  } catch (err) {
    viewScript.value = 'original';
    reportFailure(err, 'report');
  } finally {
    converting.value = false;
  }
}

export async function saveCorrections(patch: Corrections): Promise<boolean> {
  const state = openReportState.value;
  if (!state?.opened) return false;
  try {
    const db = await library();
    const summary = await setCorrections(db, state.id, patch);
    upsertSummaries([summary]);
    announce('correct', [state.id]);
    const opened = await getReport(db, state.id);
    if (opened && openReportState.value?.id === state.id) openReportState.value = { ...state, opened };
    return true;
  } catch (err) {
    reportFailure(err, 'report');
    return false;
  }
}

export async function downloadOriginal(): Promise<void> {
  const id = openReportState.value?.id;
  if (!id) return;
  try {
    const original = await getOriginal(await library(), id);
    if (!original) return;
    // A file from a zip or a dropped folder is named by its path: the download takes the last part.
    saveBlob(new Blob([original.bytes], { type: original.type || 'application/octet-stream' }), baseName(original.fileName));
  } catch (err) {
    reportFailure(err, 'report');
  }
}

/** Hands a Blob to the browser as a download; every download of the app goes through here. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeDownloadName(fileName);
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
