// One PDF page as pixels, drawn by pdf.js (opened through pdf.ts, the one module that loads it): the
// OCR step reads scanned pages at OCR_DPI, and the app shows page images beside the text. White
// paper under the drawing, as a printed page; very large pages are drawn smaller to bound memory.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from './pdf';

/** Resolution for OCR: Tesseract reads body text best at 20-40 px per character; 16 pt at 200 dpi is 44 px. */
export const OCR_DPI = 200;

/** At most this many pixels per page (a poster-sized page at 200 dpi would need gigabytes). */
const MAX_PIXELS = 40_000_000;

export interface RenderedPage { width: number; height: number; rgba: Uint8ClampedArray; dpi: number }

interface CanvasAndContext { canvas: unknown; context: CanvasRenderingContext2D }
interface CanvasFactory { create(w: number, h: number): CanvasAndContext; destroy(cc: CanvasAndContext): void }

/** Draws page `pageNumber` (1-based) of an open document, or of PDF bytes, at `dpi`. */
export async function renderPdfPage(source: PDFDocumentProxy | Uint8Array, pageNumber: number, dpi = OCR_DPI): Promise<RenderedPage> {
  if (source instanceof Uint8Array) {
    const opened = await openPdf(source);
    if (!opened.ok) throw new Error(opened.reason === 'password' ? 'the PDF needs a password' : 'the PDF is damaged');
    try {
      return await renderPdfPage(opened.doc, pageNumber, dpi);
    } finally {
      void opened.doc.destroy();
    }
  }
  const page = await source.getPage(pageNumber);
  try {
    let scale = dpi / 72;
    const base = page.getViewport({ scale: 1 });
    const pixels = base.width * base.height * scale * scale;
    if (pixels > MAX_PIXELS) scale *= Math.sqrt(MAX_PIXELS / pixels);
    const viewport = page.getViewport({ scale });
    const width = Math.ceil(viewport.width), height = Math.ceil(viewport.height);
    const factory = source.canvasFactory as CanvasFactory;
    const cc = factory.create(width, height);
    try {
      cc.context.fillStyle = '#ffffff';
      cc.context.fillRect(0, 0, width, height);
      await page.render({ canvasContext: cc.context, canvas: cc.canvas as HTMLCanvasElement, viewport }).promise;
      return { width, height, rgba: cc.context.getImageData(0, 0, width, height).data, dpi: scale * 72 };
    } finally {
      factory.destroy(cc);
    }
  } finally {
    page.cleanup();
  }
}
