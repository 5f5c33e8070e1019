// The trends worker's entry: wires the trends service to this worker's messages. Started only when
// a trends or figures view opens; it keeps the folded texts in memory for the page's life.
import { createTrendsService } from './trends-service';
import type { TrendsRequest, TrendsResponse } from './trends-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createTrendsService((res: TrendsResponse) => scope.postMessage(res));
scope.onmessage = (e: MessageEvent<TrendsRequest>) => handle(e.data);
scope.postMessage({ type: 'ready' } satisfies TrendsResponse);
