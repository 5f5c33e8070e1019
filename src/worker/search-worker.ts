// The search worker's entry: wires the search service to this worker's messages. The index, its
// loading from IndexedDB and all indexing live here, off the page's main thread, for the page's life.
// The library (the worker's name) is opened and its stored index read first, while the service's
// code is still being fetched and compiled (search-head-start.ts).
import { DB_NAME } from '../store/db';
import { headStart } from './search-head-start';
import type { SearchRequest, SearchResponse } from './search-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const head = headStart(scope.name || DB_NAME);
void import('./search-service').then(({ createSearchService }) => {
  const handle = createSearchService((res: SearchResponse) => scope.postMessage(res), head);
  scope.onmessage = (e: MessageEvent<SearchRequest>) => handle(e.data);
  scope.postMessage({ type: 'ready' } satisfies SearchResponse);
}, (err: unknown) => {
  head.drop();
  // Thrown outside the promise, the failure reaches the page's worker.onerror, which falls back to this thread.
  setTimeout(() => { throw err; });
});
