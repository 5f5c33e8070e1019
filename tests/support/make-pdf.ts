// Minimal PDFs written by hand for the PDF reader's edge cases: pages whose content streams draw
// text in a standard font, draw only shapes (a scan has no text layer), or a page count beyond the
// limit, through the app's own PDF writer (src/cli/make-image-pdf.ts).
import { chineseLine, makeImagePdf } from '../../src/cli/make-image-pdf';

export { chineseLine };

/** One page's content stream each, e.g. 'BT /F1 12 Tf 72 700 Td (Hello) Tj ET' (F1 Helvetica, F2 STSong-Light). */
export function makePdf(pages: string[]): Uint8Array {
  return makeImagePdf(pages.map((content) => ({ content })));
}

/** A text line in Helvetica (ASCII only) at x, y. */
export function textLine(x: number, y: number, text: string, size = 12): string {
  return `BT /F1 ${size} Tf ${x} ${y} Td (${text.replace(/[\\()]/g, '\\$&')}) Tj ET`;
}

/** What a scanned page looks like to a text extractor: marks on the page, no text. */
export const SHAPES_ONLY = '0.2 g 72 600 450 150 re f 72 400 300 20 re f';
