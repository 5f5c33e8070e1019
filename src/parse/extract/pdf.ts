// The one module that loads PDFs: Mozilla's pdf.js, imported only when a PDF arrives (a lazy chunk)
// and run in the calling thread (the app calls it from its parse worker), with its CMaps and
// standard font data from the app's own origin or, in Node, from node_modules. It opens a document
// (empty user passwords are tried by pdf.js itself) and reads each page's positioned text; pages are
// drawn (pdf-render.ts) on @napi-rs/canvas in Node and on an OffscreenCanvas in a worker.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfItem, PdfPage } from './pdf-lines';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Where pdf.js finds its CMaps (Chinese fonts without embedded encodings need them) and standard fonts. */
export interface PdfAssets { cMapUrl: string; standardFontDataUrl: string }

let assets: PdfAssets | null = null;
let loading: Promise<PdfJs> | null = null;

/** Set by the entry point that knows where the build put the assets (the app's parse worker). */
export function setPdfAssets(where: PdfAssets): void {
  assets = where;
}

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** The folder the build copies the assets to (vite.config.ts), under the app's base. */
export const PDF_ASSET_DIR = 'pdfjs/';

function assetUrls(): PdfAssets {
  if (assets) return assets;
  if (isNode) {
    // Node reads them as files: this module sits three folders below the project root in the sources.
    // (A variable, not a literal, so the bundler does not take it for an asset of the build.)
    const fromHere = '../../../node_modules/pdfjs-dist/';
    const root = decodeURIComponent(new URL(fromHere, import.meta.url).pathname);
    return { cMapUrl: `${root}cmaps/`, standardFontDataUrl: `${root}standard_fonts/` };
  }
  // In the app: our own origin (precached by the service worker), never anywhere else.
  const base = new URL(`${import.meta.env?.BASE_URL ?? '/'}${PDF_ASSET_DIR}`, globalThis.location.href).href;
  return { cMapUrl: `${base}cmaps/`, standardFontDataUrl: `${base}standard_fonts/` };
}

export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    // With the worker's handler on globalThis, pdf.js runs in this thread instead of starting a
    // worker of its own: we are in a worker already (or in Node).
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= { WorkerMessageHandler: worker.WorkerMessageHandler };
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

/**
 * Fetches CMaps and standard fonts for pdf.js in a browser worker: pdf.js's own fetcher reads
 * document.baseURI, which a worker does not have. Node keeps pdf.js's file reader.
 */
class OriginDataFactory {
  private urls: PdfAssets;
  constructor(urls: PdfAssets) { this.urls = urls; }
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const base = kind === 'cMapUrl' ? this.urls.cMapUrl : kind === 'standardFontDataUrl' ? this.urls.standardFontDataUrl : null;
    if (!base) throw new Error(`pdf.js asked for ${kind} data, which the app does not ship`);
    const response = await fetch(`${base}${filename}`);
    if (!response.ok) throw new Error(`${base}${filename}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** Canvases for pdf.js in the app's workers, where its default canvas factory (which needs the DOM) cannot run. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(cc: { canvas: OffscreenCanvas }, width: number, height: number) { cc.canvas.width = width; cc.canvas.height = height; }
  destroy(cc: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (cc.canvas) { cc.canvas.width = 0; cc.canvas.height = 0; }
    cc.canvas = null;
    cc.context = null;
  }
}

function canvasOption(): { CanvasFactory?: typeof OffscreenCanvasFactory } {
  if (isNode || typeof OffscreenCanvas === 'undefined') return {};
  return { CanvasFactory: OffscreenCanvasFactory };
}

export type OpenResult = { ok: true; doc: PDFDocumentProxy } | { ok: false; reason: 'password' | 'damaged' };

/** Opens a PDF from bytes (a copy is handed over: pdf.js detaches what it is given). */
export async function openPdf(bytes: Uint8Array): Promise<OpenResult> {
  const pdfjs = await loadPdfjs();
  const urls = assetUrls();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), ...urls, ...(isNode ? {} : { BinaryDataFactory: class extends OriginDataFactory { constructor() { super(urls); } } }), isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    stopAtErrors: false, enableXfa: false, verbosity: 0, useWorkerFetch: false, ...canvasOption(),
  });
  // Without an onPassword handler pdf.js rejects a document that needs a password with PasswordException.
  try {
    return { ok: true, doc: await task.promise };
  } catch (err) {
    const name = (err as { name?: string } | null)?.name ?? '';
    await task.destroy().catch(() => {});
    return { ok: false, reason: name === 'PasswordException' ? 'password' : 'damaged' };
  }
}

/**
 * One page's text items in our own shape (baseline origin, advance, size, font). pdf.js names a
 * font only once its drawing operators were read, so a page that brings fonts not seen before pays
 * for that once; `names` (font resource id -> font name, subset tag removed) carries over between pages.
 */
export async function pageText(doc: PDFDocumentProxy, number: number, names = new Map<string, string>()): Promise<PdfPage> {
  const page = await doc.getPage(number);
  try {
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const unnamed = Object.keys(content.styles).filter((id) => !names.has(id));
    if (unnamed.length > 0) {
      await page.getOperatorList();
      for (const id of unnamed) names.set(id, fontName(page.commonObjs, id));
    }
    const items: PdfItem[] = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str === '') continue;
      const [a, b, , , x, y] = it.transform as number[];
      items.push({ str: it.str, x: x!, y: y!, width: it.width, size: Math.hypot(a!, b!), font: names.get(it.fontName) ?? it.fontName });
    }
    return { width, height, items };
  } finally {
    page.cleanup();
  }
}

function fontName(objs: { has(id: string): boolean; get(id: string): unknown }, id: string): string {
  const font = objs.has(id) ? (objs.get(id) as { name?: string } | null) : null;
  // "ABCDEF+FangSong_GB2312": the tag before + names the subset, not the typeface.
  return font?.name ? font.name.replace(/^[A-Z]{6}\+/, '') : id;
}
