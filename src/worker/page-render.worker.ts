// Draws one page of a stored PDF as a PNG for the report view's page panel, off the main thread,
// through the parser's own pdf-render (pdf.js on an OffscreenCanvas, loaded on the first page asked
// for) at a screen resolution. Keeps the last document open, so turning pages does not reopen it.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from '../parse/extract/pdf';
import { renderPdfPage } from '../parse/extract/pdf-render';
import type { PageRenderRequest, PageRenderResponse } from './page-protocol';

/** A screen resolution: an A4 page comes out ~1,075 px wide, sharp in a side panel and on a phone. */
const VIEW_DPI = 130;

let open: { key: string; doc: PDFDocumentProxy } | null = null;

async function documentFor(req: PageRenderRequest): Promise<PDFDocumentProxy> {
  if (open?.key === req.key && !req.bytes) return open.doc;
  if (!req.bytes) throw new Error('the worker does not hold this document');
  await open?.doc.destroy();
  open = null;
  const opened = await openPdf(new Uint8Array(req.bytes));
  if (!opened.ok) throw new Error(`the PDF cannot be opened (${opened.reason})`);
  open = { key: req.key, doc: opened.doc };
  return opened.doc;
}

async function render(req: PageRenderRequest): Promise<{ blob: Blob; pages: number }> {
  const doc = await documentFor(req);
  const page = await renderPdfPage(doc, Math.min(Math.max(1, req.page), doc.numPages), VIEW_DPI);
  const canvas = new OffscreenCanvas(page.width, page.height);
  canvas.getContext('2d')!.putImageData(new ImageData(page.rgba as Uint8ClampedArray<ArrayBuffer>, page.width, page.height), 0, 0);
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), pages: doc.numPages };
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
