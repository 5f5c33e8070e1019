// The search worker's entry: wires the search service to this worker's messages. The index, its
// loading from IndexedDB and all indexing live here, off the page's main thread, for the page's life.
import { createSearchService } from './search-service';
import type { SearchRequest, SearchResponse } from './search-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createSearchService((res: SearchResponse) => scope.postMessage(res));
scope.onmessage = (e: MessageEvent<SearchRequest>) => handle(e.data);
scope.postMessage({ type: 'ready' } satisfies SearchResponse);
