// Hard limits on untrusted input, in one place so the UI, the parser and the tests agree.
// They bound memory and time: every stage below them is linear in the input size.

/**
 * Largest file accepted at all (a report, or a zip of reports). The longest work reports run to a
 * few hundred KB of text; 20 MB leaves room for a .docx with pictures or a zip of a thousand
 * reports, and anything larger is not a report, so it is refused before it is read.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Prefix of the file that encoding detection scores (the whole is decoded once, afterwards). */
export const DETECT_SAMPLE_BYTES = 64 * 1024;
/** A .docx may not unpack to more than this in total. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Compression ratio above which a large zip member is taken for a zip bomb. */
export const MAX_ZIP_RATIO = 100;
/** Members smaller than this may have any ratio (tiny XML parts compress very well). */
export const ZIP_RATIO_FLOOR_BYTES = 1024 * 1024;

export function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(1);
}

export function tooLargeError(size: number): string {
  return `文件过大：${megabytes(size)} MB，上限为 ${megabytes(MAX_INPUT_BYTES)} MB `
    + `(the file is too large: ${megabytes(size)} MB, the limit is ${megabytes(MAX_INPUT_BYTES)} MB)`;
}
