// A photo or scan of a page (JPEG, PNG, WebP) -> Blocks, by OCR: the image goes to Tesseract as it
// is (its reader decodes these formats) and the recognised lines are laid out as a one-page PDF
// would be. Without OCR options the file fails with 'ocr-needed', so the caller can offer OCR.
import type { OcrOptions } from './ocr-types';
import { failure } from '../errors';
import { imageSize } from './ocr-image';
import { OcrRun } from './ocr-run';
import { layoutPdf } from './pdf-layout';
import type { PdfResult } from './pdf-read';

/** A4 is 8.27 inches wide: an image is taken as a page of that width, whatever its pixel count. */
const PAGE_INCHES = 8.27;

export async function extractImage(bytes: Uint8Array, ocr?: OcrOptions): Promise<PdfResult> {
  if (!ocr) return failure('ocr-needed', { pages: 1 });
  const size = imageSize(bytes);
  if (!size) return failure('ocr-failed', { detail: 'the image is damaged or cut short (its header gives no size)' });
  const run = new OcrRun(ocr, 1);
  const page = await run.read(bytes, size, size.width / PAGE_INCHES, 1);
  return { ok: true, blocks: layoutPdf([page]), pages: 1, pageTexts: [page.items.map((it) => it.str).join('')], warnings: [], ocr: run };
}
