// Where files come from besides the picker: a drop (folders walked completely), pasted text,
// the bundled samples, files shared to the installed app (parked by the service worker) and
// files opened from the system (File Handling's launchQueue). All end in startImport().
import { fileNameFromText } from '../lib/format';
import { SHARE_CACHE, SHARE_NAME_HEADER } from '../lib/share-target';
import { startImport } from './import';
import { showToast } from './notices';

/** Every file in a drop, descending into folders. readEntries gives at most 100 per call. */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null));
  if (entries.length === 0 || entries.some((e) => !e)) return [...data.files];
  const out: File[] = [];
  for (const entry of entries) if (entry) await walk(entry, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    out.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}

export function importPastedText(text: string, fallbackName: string): void {
  if (!text.trim()) return;
  const name = fileNameFromText(text, fallbackName);
  startImport([new File([text], name, { type: 'text/plain' })]);
}

interface SampleIndex { samples: { file: string; title: string }[] }

export async function loadSamples(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const index = (await (await fetch(`${base}samples/index.json`)).json()) as SampleIndex;
  const files = await Promise.all(index.samples.map(async (s) => {
    const res = await fetch(`${base}samples/${encodeURIComponent(s.file)}`);
    if (!res.ok) throw new Error(`${s.file}: HTTP ${res.status}`);
    return new File([await res.blob()], s.file, { type: 'text/plain' });
  }));
  startImport(files);
}

/** Picks up files the service worker parked from a share, imports them, and clears them. */
export async function takeSharedFiles(label: (n: number) => string): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SHARE_CACHE);
  const keys = await cache.keys();
  const files: File[] = [];
  for (const req of keys) {
    const res = await cache.match(req);
    if (res) {
      const name = decodeURIComponent(res.headers.get(SHARE_NAME_HEADER) ?? 'shared.txt');
      files.push(new File([await res.blob()], name, { type: res.headers.get('content-type') ?? '' }));
    }
    await cache.delete(req);
  }
  if (files.length > 0) {
    showToast(label(files.length));
    startImport(files);
  }
}

interface LaunchParams { files: FileSystemFileHandle[] }
interface LaunchQueue { setConsumer(consumer: (params: LaunchParams) => void): void }

/** Files opened with the installed app from the system (File Handling API, Chromium). */
export function consumeLaunchQueue(): void {
  const queue = (globalThis as { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    if (!params.files?.length) return;
    void Promise.all(params.files.map((h) => h.getFile())).then(startImport);
  });
}
