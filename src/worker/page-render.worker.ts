// Draws one page of a stored PDF as a PNG for the report view's page panel, off the main thread:
// pdf.js (the parser's own copy, loaded on the first page asked for) onto an OffscreenCanvas at
// a screen resolution. Keeps the last document open, so turning pages does not reopen it.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from '../parse/extract/pdf';
import type { PageRenderRequest, PageRenderResponse } from './page-protocol';

/** Pixels across a drawn page: sharp in a side panel and on a phone, small enough to draw fast. */
const WIDTH_PX = 1100;

type Scratch = { canvas: OffscreenCanvas | null; context: OffscreenCanvasRenderingContext2D | null };

/** pdf.js's scratch canvases (masks, patterns, groups) as OffscreenCanvas: a worker has no document. */
class OffscreenCanvasFactory {
  create(width: number, height: number): Scratch {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d') };
  }
  reset(s: Scratch, width: number, height: number): void {
    if (s.canvas) { s.canvas.width = width; s.canvas.height = height; }
  }
  destroy(s: Scratch): void {
    if (s.canvas) { s.canvas.width = 0; s.canvas.height = 0; }
    s.canvas = null;
    s.context = null;
  }
}

let open: { key: string; doc: PDFDocumentProxy } | null = null;

async function documentFor(req: PageRenderRequest): Promise<PDFDocumentProxy> {
  if (open?.key === req.key && !req.bytes) return open.doc;
  if (!req.bytes) throw new Error('the worker does not hold this document');
  await open?.doc.destroy();
  open = null;
  const opened = await openPdf(new Uint8Array(req.bytes), OffscreenCanvasFactory);
  if (!opened.ok) throw new Error(`the PDF cannot be opened (${opened.reason})`);
  open = { key: req.key, doc: opened.doc };
  return opened.doc;
}

async function render(req: PageRenderRequest): Promise<{ blob: Blob; pages: number }> {
  const doc = await documentFor(req);
  const page = await doc.getPage(Math.min(Math.max(1, req.page), doc.numPages));
  try {
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: WIDTH_PX / base.width });
    const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    return { blob: await canvas.convertToBlob({ type: 'image/png' }), pages: doc.numPages };
  } finally {
    page.cleanup();
  }
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
// One page at a time, in the order asked: pdf.js shares one document between them.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e: MessageEvent<PageRenderRequest>) => {
  const req = e.data;
  queue = queue.then(async () => {
    try {
      const { blob, pages } = await render(req);
      scope.postMessage({ id: req.id, ok: true, blob, pages } satisfies PageRenderResponse);
    } catch (err) {
      scope.postMessage({ id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies PageRenderResponse);
    }
  });
};
