// One file's OCR: the pages of a scanned PDF or one photo, read in order through the shared engine
// (ocr-engine.ts) with progress per page and cancel. With script 'auto' the first page decides:
// simplified data reads traditional text as simplified look-alikes with fair confidence, so the
// result's own characters cannot always tell; when they do not, a few lines are read again with the
// traditional data and the reading Tesseract's dictionary likes better wins for the whole file.
import type { OcrInfo } from '../../model/report';
import type { PdfPage } from './pdf-lines';
import type { OcrOptions } from './ocr-types';
import { recognise, type OcrLang, type OcrLine, type OcrPageResult, type Region } from './ocr-engine';
import type { ImageSize } from './ocr-image';
import { ocrPageText, type Unsure } from './ocr-layout';
import { countScriptChars } from '../../text/script';

/**
 * How much more confident (mean word confidence, 0..100) the traditional reading must be to win.
 * Symbol confidences barely differ (97-98 either way); word confidences carry the dictionary: on our
 * rendered pages a simplified page read 91.6 simplified / 87.5 traditional, a traditional page 80.6 / 89.0.
 */
const TRADITIONAL_MARGIN = 2;
/** Lines the script probe reads again: enough characters (~150) for a stable mean. */
const PROBE_LINES = 6;

export class OcrRun {
  private lang: OcrLang | null;
  private confidences: number[] = [];
  private bodySize: number | undefined;
  readonly pages: number[] = [];
  readonly unsure: Unsure[] = [];
  unsureCount = 0;

  constructor(private readonly opts: OcrOptions, private readonly total: number) {
    this.lang = opts.script === 'traditional' ? 'chi_tra' : opts.script === 'simplified' ? 'chi_sim' : null;
  }

  /** Recognises one page image (encoded bytes) and lays it out as positioned lines. */
  async read(image: Uint8Array, size: ImageSize, dpi: number, pageNumber: number): Promise<PdfPage> {
    const index = this.pages.length + 1;
    const onFraction = (fraction: number) => this.opts.onProgress?.({ page: index, pages: this.total, fraction });
    onFraction(0);
    let result = await this.recognise(image, this.lang ?? 'chi_sim', onFraction);
    if (this.lang === null) {
      this.lang = await this.chooseScript(result, image);
      if (this.lang !== result.lang) result = await this.recognise(image, this.lang, onFraction);
    }
    onFraction(1);
    this.pages.push(pageNumber);
    this.confidences.push(result.confidence);
    const text = ocrPageText(result, size, dpi, this.bodySize);
    this.bodySize ??= text.bodySize;
    this.unsure.push(...text.unsure);
    this.unsureCount += text.unsureCount;
    return text.page;
  }

  info(): OcrInfo {
    const mean = this.confidences.reduce((a, b) => a + b, 0) / Math.max(1, this.confidences.length);
    return { script: this.lang === 'chi_tra' ? 'traditional' : 'simplified', pages: this.pages.slice(), confidence: Math.round(mean) };
  }

  private recognise(image: Uint8Array, lang: OcrLang, onFraction?: (f: number) => void, region?: Region): Promise<OcrPageResult> {
    return recognise(image, this.opts.data, lang, { signal: this.opts.signal, onFraction, region });
  }

  private async chooseScript(simplified: OcrPageResult, image: Uint8Array): Promise<OcrLang> {
    const text = simplified.lines.map((l) => l.words.map((w) => w.text).join('')).join('');
    const counts = countScriptChars(text);
    if (counts.traditional >= 3 && counts.traditional > counts.simplified) return 'chi_tra';
    const probe = probeLines(simplified.lines);
    if (probe.length === 0) return 'chi_sim';
    const traditional = await this.recognise(image, 'chi_tra', undefined, regionOf(probe));
    return wordConfidence(traditional.lines) > wordConfidence(probe) + TRADITIONAL_MARGIN ? 'chi_tra' : 'chi_sim';
  }
}

/** The longest consecutive run of body lines: a contiguous band the traditional data reads again. */
function probeLines(lines: OcrLine[]): OcrLine[] {
  const symbols = (l: OcrLine) => l.words.reduce((n, w) => n + w.symbols.length, 0);
  let best = 0, bestStart = 0;
  for (let i = 0; i + PROBE_LINES <= lines.length; i++) {
    const n = lines.slice(i, i + PROBE_LINES).reduce((s, l) => s + symbols(l), 0);
    if (n > best) { best = n; bestStart = i; }
  }
  return lines.slice(bestStart, bestStart + PROBE_LINES).filter((l) => symbols(l) > 0);
}

function regionOf(lines: OcrLine[]): Region {
  const left = Math.min(...lines.map((l) => l.bbox.x0)), top = Math.min(...lines.map((l) => l.bbox.y0));
  const right = Math.max(...lines.map((l) => l.bbox.x1)), bottom = Math.max(...lines.map((l) => l.bbox.y1));
  const pad = 8;
  return { left: Math.max(0, left - pad), top: Math.max(0, top - pad), width: right - left + 2 * pad, height: bottom - top + 2 * pad };
}

/** Mean word confidence, characters as weights: Tesseract's word scores carry its dictionary's judgement. */
function wordConfidence(lines: OcrLine[]): number {
  let sum = 0, n = 0;
  for (const l of lines) for (const w of l.words) { sum += w.confidence * w.symbols.length; n += w.symbols.length; }
  return n > 0 ? sum / n : 0;
}
