// The few facts about image bytes the OCR step needs before Tesseract sees them: which kind they
// are (JPEG, PNG, WebP are read; other images stay refused) and their size in pixels (the page
// height places running headers and footers), plus an 8-bit grey BMP writer for rendered PDF
// pages: Tesseract's image reader takes BMP, a format simple enough to write without a library.

export type ImageKind = 'jpeg' | 'png' | 'webp';
export interface ImageSize { width: number; height: number }

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

export function imageKind(b: Uint8Array): ImageKind | null {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x89 && ascii(b, 1, 4) === 'PNG') return 'png';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  return null;
}

/** Width and height from the header, or null when the header is cut or damaged. */
export function imageSize(b: Uint8Array): ImageSize | null {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const kind = imageKind(b);
  try {
    if (kind === 'png') return sane(v.getUint32(16), v.getUint32(20));
    if (kind === 'jpeg') return jpegSize(b, v);
    if (kind === 'webp') return webpSize(b, v);
  } catch { /* a header cut short: RangeError from the DataView */ }
  return null;
}

function sane(width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 ? { width, height } : null;
}

function jpegSize(b: Uint8Array, v: DataView): ImageSize | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    // Start-of-frame markers C0..CF carry the size, except C4 (tables), C8 (reserved) and CC (arithmetic tables).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sane(v.getUint16(at + 7), v.getUint16(at + 5));
    }
    at += 2 + v.getUint16(at + 2);
  }
  return null;
}

function webpSize(b: Uint8Array, v: DataView): ImageSize | null {
  const chunk = ascii(b, 12, 16);
  if (chunk === 'VP8 ') return sane(v.getUint16(26, true) & 0x3fff, v.getUint16(28, true) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = v.getUint32(21, true);
    return sane((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return sane((v.getUint32(24, true) & 0xffffff) + 1, (v.getUint32(27, true) & 0xffffff) + 1);
  return null;
}

/** RGBA pixels (a rendered page) -> an 8-bit grey BMP: a quarter of the bytes, all Tesseract uses. */
export function greyBmp(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const stride = (width + 3) & ~3;
  const offset = 54 + 1024;
  const out = new Uint8Array(offset + stride * height);
  const v = new DataView(out.buffer);
  out[0] = 0x42; out[1] = 0x4d;
  v.setUint32(2, out.length, true); v.setUint32(10, offset, true); v.setUint32(14, 40, true);
  v.setInt32(18, width, true); v.setInt32(22, height, true); v.setUint16(26, 1, true); v.setUint16(28, 8, true);
  v.setUint32(34, stride * height, true); v.setUint32(46, 256, true);
  for (let i = 0; i < 256; i++) { out[54 + 4 * i] = i; out[55 + 4 * i] = i; out[56 + 4 * i] = i; }
  for (let y = 0; y < height; y++) {
    const row = offset + (height - 1 - y) * stride; // BMP rows run bottom to top
    for (let x = 0, p = 4 * y * width; x < width; x++, p += 4) {
      // Luma, with transparent pixels as white paper (pdf.js leaves the page background transparent).
      const a = rgba[p + 3]!;
      const grey = (rgba[p]! * 77 + rgba[p + 1]! * 150 + rgba[p + 2]! * 29) >> 8;
      out[row + x] = (grey * a + 255 * (255 - a)) / 255;
    }
  }
  return out;
}
