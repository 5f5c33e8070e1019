// The contract between the OCR engine (parse/extract/ocr*.ts: tesseract.js over page images and
// image-only PDF pages) and the places that call it: the app's import worker, which knows where the
// build put the language data, and the command line, which reads it from node_modules.

/** Which traineddata to recognise with: chosen per file from the first page, or set by the user. */
export type OcrScript = 'auto' | 'simplified' | 'traditional';

/** Where tesseract.js finds its WebAssembly core and the chi_sim / chi_tra language data. */
export interface OcrData {
  /** Folder (URL in the app, file path in Node) holding the tesseract.js-core files. */
  corePath: string;
  /**
   * Folder holding chi_sim.traineddata.gz and chi_tra.traineddata.gz. A `{lang}` in it is replaced
   * by the language's name: in Node the two files lie in two packages (@tesseract.js-data/{lang}/...).
   */
  langPath: string;
  /** URL of tesseract.js's own worker script, where the environment needs one. */
  workerPath?: string;
}

export interface OcrProgress {
  /** 1-based page being recognised, of `pages` that need OCR in this file. */
  page: number;
  pages: number;
  /** 0..1 within the page, as tesseract reports it. */
  fraction: number;
}

export interface OcrOptions {
  data: OcrData;
  script: OcrScript;
  onProgress?: (p: OcrProgress) => void;
  signal?: AbortSignal;
}

/** What parseFile may be given beside the bytes: OCR only when the caller can run it. */
export interface ParseFileOptions {
  /** Absent: a file that needs OCR fails with code 'ocr-needed' (the app then asks for the data). */
  ocr?: OcrOptions;
}
