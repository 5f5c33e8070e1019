// The page-side bridge to the page-render worker: started on the first page image asked for, one
// request at a time in order, the PDF's bytes sent once per report (the worker keeps that document).
import type { PageRenderRequest, PageRenderResponse } from './page-protocol';

let worker: Worker | null = null;
/** The report whose PDF the worker holds now. */
let holding: string | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: { blob: Blob; pages: number }) => void; reject: (e: Error) => void }>();

function start(): Worker {
  const w = new Worker(new URL('./page-render.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<PageRenderResponse>) => {
    const job = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (!job) return;
    if (e.data.ok) job.resolve({ blob: e.data.blob, pages: e.data.pages });
    else job.reject(new Error(e.data.error));
  };
  w.onerror = (e) => {
    e.preventDefault();
    // A dead worker answers nothing more: fail what it held, start afresh next time.
    for (const job of pending.values()) job.reject(new Error(e.message || 'page worker failed'));
    pending.clear();
    w.terminate();
    worker = null;
    holding = null;
  };
  return w;
}

/** Page `page` (1-based) of the PDF `bytes` (report `key`) as a PNG, and the PDF's page count. */
export function renderPage(key: string, bytes: ArrayBuffer, page: number): Promise<{ blob: Blob; pages: number }> {
  worker ??= start();
  const id = nextId++;
  const req: PageRenderRequest = holding === key ? { id, key, page } : { id, key, page, bytes: bytes.slice(0) };
  holding = key;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(req, req.bytes ? [req.bytes] : []);
  });
}
