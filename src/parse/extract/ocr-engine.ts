// tesseract.js behind a small interface: imported on the first page that needs OCR (a lazy chunk,
// never part of the first page load), one worker kept for every page and file of a run, LSTM only,
// the language data from where the caller says (OcrData). Switching chi_sim <-> chi_tra reloads the
// data in the same worker. Cancelling terminates the worker; the next call starts a new one.
import type { Worker as TessWorker } from 'tesseract.js';
import type { OcrData } from './ocr-types';

export type OcrLang = 'chi_sim' | 'chi_tra';

export interface Box { x0: number; y0: number; x1: number; y1: number }
export interface OcrSymbol { text: string; confidence: number }
export interface OcrWord { text: string; confidence: number; symbols: OcrSymbol[]; bbox: Box }
export interface OcrLine { words: OcrWord[]; bbox: Box; baseline: Box }
export interface OcrPageResult { lines: OcrLine[]; confidence: number; lang: OcrLang }

/** A recognised region: the whole image, or a band of it (the script probe reads a few lines). */
export interface Region { left: number; top: number; width: number; height: number }

/** Page segmentation 4, one column of text of varying sizes: a report page. Mode 3 (automatic)
 * split serif pages into false columns and lost half their text in our measurements. */
const PAGE_SEGMENTATION = '4';

interface Engine { worker: TessWorker; key: string; lang: OcrLang }
let engine: Promise<Engine> | null = null;
let onFraction: ((f: number) => void) | null = null;

function langPath(data: OcrData, lang: OcrLang): string {
  return data.langPath.replaceAll('{lang}', lang);
}

async function start(data: OcrData, lang: OcrLang): Promise<Engine> {
  const { createWorker } = await import('tesseract.js');
  // tesseract.js 7 never settles createWorker when the language data fails to load (it swallows the
  // rejection); its error handler still hears of it, so the start fails through that instead.
  let failStart: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => { failStart = reject; });
  failed.catch(() => {}); // after a good start, later errors reject the call that caused them
  const starting = createWorker(lang, 1 /* OEM.LSTM_ONLY */, {
    corePath: data.corePath, langPath: langPath(data, lang), ...(data.workerPath ? { workerPath: data.workerPath } : {}),
    gzip: true, cacheMethod: 'none', legacyCore: false, legacyLang: false,
    logger: (m) => { if (m.status === 'recognizing text') onFraction?.(m.progress); },
    errorHandler: (e) => failStart(new Error(`the OCR engine or its ${lang} data did not load: ${String(e)}`)),
  });
  const worker = await Promise.race([starting, failed]);
  await worker.setParameters({ tessedit_pageseg_mode: PAGE_SEGMENTATION as never, preserve_interword_spaces: '0' });
  return { worker, key: `${data.corePath}|${data.langPath}|${data.workerPath ?? ''}`, lang };
}

/** The shared worker, loaded with `lang` (started or switched as needed). */
async function ready(data: OcrData, lang: OcrLang): Promise<Engine> {
  const key = `${data.corePath}|${data.langPath}|${data.workerPath ?? ''}`;
  const current = engine ? await engine.catch(() => null) : null;
  if (current && current.key !== key) await releaseOcr();
  if (!current || current.key !== key) {
    engine = start(data, lang);
    engine.catch(() => { engine = null; });
    return engine;
  }
  if (current.lang !== lang) {
    // reinitialize with a langPath other than the worker's first needs a worker of its own in tesseract.js.
    await releaseOcr();
    return ready(data, lang);
  }
  return current;
}

/** Recognises one image (encoded: PNG, JPEG, WebP or BMP bytes). Rejects with 'cancelled' on abort. */
export async function recognise(image: Uint8Array, data: OcrData, lang: OcrLang,
  opts: { signal?: AbortSignal; onFraction?: (f: number) => void; region?: Region } = {}): Promise<OcrPageResult> {
  if (opts.signal?.aborted) throw new OcrCancelled();
  const { worker } = await ready(data, lang);
  onFraction = opts.onFraction ?? null;
  let abort: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    abort = () => { void releaseOcr(); reject(new OcrCancelled()); };
    opts.signal?.addEventListener('abort', abort, { once: true });
  });
  try {
    const input = typeof Buffer !== 'undefined' ? Buffer.from(image.buffer, image.byteOffset, image.byteLength) : new Blob([image as BlobPart]);
    const job = worker.recognize(input, opts.region ? { rectangle: opts.region } : {}, { text: false, blocks: true });
    const result = await Promise.race([job, aborted]);
    return { lines: linesOf(result.data), confidence: result.data.confidence, lang };
  } finally {
    opts.signal?.removeEventListener('abort', abort);
    onFraction = null;
  }
}

export class OcrCancelled extends Error {
  constructor() { super('cancelled'); this.name = 'OcrCancelled'; }
}

type TessPage = Awaited<ReturnType<TessWorker['recognize']>>['data'];

function linesOf(page: TessPage): OcrLine[] {
  const out: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const words = line.words.map((w) => ({ text: w.text, confidence: w.confidence, bbox: w.bbox, symbols: w.symbols.map((s) => ({ text: s.text, confidence: s.confidence })) }));
        if (words.length > 0) out.push({ words, bbox: line.bbox, baseline: line.baseline });
      }
    }
  }
  return out;
}

/** Ends the worker (the command line and tests call this when done; the next recognise starts anew). */
export async function releaseOcr(): Promise<void> {
  const current = engine;
  engine = null;
  if (!current) return;
  const e = await current.catch(() => null);
  await e?.worker.terminate().catch(() => {});
}
