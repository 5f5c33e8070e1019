// A helper worker that only parses: the import worker hands it every other file of a large
// import, so two cores parse while the import worker hashes, saves and verifies. PDFs stay in the
// import worker (handler.ts), so this bundle carries no pdf.js.
import { parseReport } from '../parse/index';
import type { ParseRequest, ParseResponse } from './parse-pool';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ParseRequest>) => {
  const { id, bytes, fileName } = e.data;
  scope.postMessage({ id, result: parseReport(bytes, fileName) } satisfies ParseResponse);
};
