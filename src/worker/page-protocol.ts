// Messages between the page (page-client.ts) and the page-render worker: a PDF page asked for by
// report key and number (bytes only when the worker does not hold that report yet), a PNG back.

export interface PageRenderRequest {
  id: number;
  /** The report's id: the worker keeps the last document it was sent under this key. */
  key: string;
  /** 1-based. */
  page: number;
  bytes?: ArrayBuffer;
}

export type PageRenderResponse =
  | { id: number; ok: true; blob: Blob; pages: number }
  | { id: number; ok: false; error: string };
