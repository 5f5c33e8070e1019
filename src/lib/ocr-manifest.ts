// The shape of dist/ocr/manifest.json, written by the build (vite.config.ts) and read by the page
// before it asks to store the OCR data: which files exist, their sizes, and which core variant
// needs which WebAssembly feature. Shared by the build and the app; no runtime code of its own.

/** tesseract.js-core builds, best first; tesseract.js loads the first one the browser can run. */
export type CoreVariant = 'relaxedsimd-lstm' | 'simd-lstm' | 'lstm';

export interface OcrManifestFile {
  /** Path under the ocr/ folder, e.g. "core/tesseract-core-simd-lstm.wasm.js" or "lang/chi_sim.traineddata.gz". */
  name: string;
  bytes: number;
  /** 'worker' and 'lang' files are always stored; of the 'core' files only the one this browser runs. */
  kind: 'worker' | 'core' | 'lang';
  variant?: CoreVariant;
}

export interface OcrManifest {
  /** tesseract.js version and language data variant: a change means the stored copy is outdated. */
  version: string;
  files: OcrManifestFile[];
}

export const OCR_FOLDER = 'ocr/';
export const OCR_MANIFEST = 'manifest.json';
/** The Cache Storage cache the page fills and the service worker answers ocr/ requests from. */
export const OCR_CACHE = 'zhengbao-ocr';
