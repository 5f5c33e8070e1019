// Where Node finds the OCR engine and its language data: the packages in node_modules (the same
// files the app's build ships). best_int (LSTM only, ~1.7 MB per script, gzipped) reads our test
// pages with fewer errors and in less time than the larger 4.0.0 data (npm run bench -- ocr).
import { fileURLToPath } from 'node:url';
import type { OcrData } from '../parse/extract/ocr-types';

const modules = fileURLToPath(new URL('../../node_modules/', import.meta.url));

export const OCR_DATA_FOLDER = '4.0.0_best_int';

export function nodeOcrData(folder = OCR_DATA_FOLDER): OcrData {
  return { corePath: `${modules}tesseract.js-core`, langPath: `${modules}@tesseract.js-data/{lang}/${folder}` };
}
