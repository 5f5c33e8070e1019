// OCR on this device, as the interface sees it: whether the engine and language data are stored
// (and how large), the script preference, the consent asked the first time a file needs OCR, the
// download with progress and cancel, removal. The files that waited for the data are then imported again.
import { signal } from '@preact/signals';
import type { OcrScript } from '../parse/extract/ocr-types';
import type { OcrManifest } from '../lib/ocr-manifest';
import type { ImportOcr } from '../worker/protocol';
import { downloadOcr, fetchManifest, neededFiles, ocrDataUrls, removeOcr, storedOcr, type StoredOcr } from './ocr-cache';
import { refreshStorage } from './storage';

const SCRIPT_KEY = 'zhengbao.ocrScript';
const readScript = (): OcrScript => {
  try {
    const v = localStorage.getItem(SCRIPT_KEY);
    return v === 'simplified' || v === 'traditional' ? v : 'auto';
  } catch { return 'auto'; }
};

/** undefined until first checked; null when nothing (or only part) is stored. */
export const ocrStored = signal<StoredOcr | null | undefined>(undefined);
export const ocrScript = signal<OcrScript>(readScript());
export const ocrSettingsOpen = signal(false);

/** The question put to the user: which files wait, and what storing the data costs (null: unknown, e.g. offline). */
export interface OcrAsk { files: File[]; pages: number; bytes: number | null; manifest: OcrManifest | null; failed?: string }
export const ocrAsk = signal<OcrAsk | null>(null);
/** Bytes received while fetching, of `total`. */
export const ocrFetch = signal<{ done: number; total: number } | null>(null);

let fetching: AbortController | null = null;
let retry: ((files: File[]) => void) | null = null;
/** Files the user said "not now" for: fetching the data later (settings, the row's button) imports them then. */
let declined: { files: File[]; pages: number } = { files: [], pages: 0 };

export async function refreshOcr(): Promise<StoredOcr | null> {
  const stored = await storedOcr().catch(() => null);
  ocrStored.value = stored;
  return stored;
}

export function setOcrScript(script: OcrScript): void {
  ocrScript.value = script;
  try { localStorage.setItem(SCRIPT_KEY, script); } catch { /* private mode: lasts this visit */ }
}

/**
 * What an import passes its worker: the stored data's URLs and the script, or nothing (files then ask).
 * Looked up afresh each time: another tab may have removed the data, and the worker must then not
 * fetch it from the network unasked.
 */
export async function importOcr(): Promise<ImportOcr | undefined> {
  const stored = await refreshOcr();
  return stored ? { data: ocrDataUrls(), script: ocrScript.value } : undefined;
}

async function offer(): Promise<Pick<OcrAsk, 'bytes' | 'manifest'>> {
  try {
    const manifest = await fetchManifest();
    return { manifest, bytes: (await neededFiles(manifest)).reduce((n, f) => n + f.bytes, 0) };
  } catch {
    return { manifest: null, bytes: null };
  }
}

/**
 * Files came back 'ocr-needed': ask (once per batch) whether to store the data. `again` imports
 * them when it is stored. Files arriving while the question is open join it.
 */
export async function askForOcr(files: File[], pages: number, again: (files: File[]) => void): Promise<void> {
  retry = again;
  const open = ocrAsk.value;
  if (open) { ocrAsk.value = { ...open, files: [...open.files, ...files], pages: open.pages + pages }; return; }
  ocrAsk.value = { files, pages, bytes: null, manifest: null };
  const cost = await offer();
  if (ocrAsk.value) ocrAsk.value = { ...ocrAsk.value, ...cost };
}

/** Opens the same dialog from the settings or a failed row, with the files once declined still waiting. */
export async function offerOcr(): Promise<void> {
  ocrSettingsOpen.value = false;
  const { files, pages } = declined;
  declined = { files: [], pages: 0 };
  await askForOcr(files, pages, retry ?? (() => {}));
}

/** The user agreed: fetch from this origin, store, then import the waiting files again. */
export async function acceptOcr(): Promise<void> {
  const ask = ocrAsk.value;
  if (!ask || fetching) return;
  const manifest = ask.manifest ?? (await offer()).manifest;
  if (!manifest) { ocrAsk.value = { ...ask, failed: 'offline' }; return; }
  fetching = new AbortController();
  const total = (await neededFiles(manifest)).reduce((n, f) => n + f.bytes, 0);
  ocrFetch.value = { done: 0, total };
  try {
    await downloadOcr(manifest, (done) => { ocrFetch.value = { done, total }; }, fetching.signal);
    await refreshOcr();
    ocrAsk.value = null;
    if (ask.files.length > 0) retry?.(ask.files);
  } catch (err) {
    if (ocrAsk.value) ocrAsk.value = { ...ocrAsk.value, failed: fetching.signal.aborted ? 'cancelled' : String(err) };
  } finally {
    fetching = null;
    ocrFetch.value = null;
    void refreshStorage(true);
  }
}

export function declineOcr(): void {
  fetching?.abort();
  if (ocrAsk.value && ocrAsk.value.files.length > 0) declined = { files: ocrAsk.value.files, pages: ocrAsk.value.pages };
  ocrAsk.value = null;
}

export function cancelOcrFetch(): void {
  fetching?.abort();
}

export async function removeOcrData(): Promise<void> {
  await removeOcr();
  await refreshOcr();
  void refreshStorage(true);
}
