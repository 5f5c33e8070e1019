// The import worker's entry: wires the shared handler to this worker's messages. All parsing,
// hashing and IndexedDB writes of an import happen here, off the page's main thread.
import { createHandler } from './handler';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createHandler((res: WorkerResponse) => scope.postMessage(res));
scope.onmessage = (e: MessageEvent<WorkerRequest>) => handle(e.data);
scope.postMessage({ type: 'ready' } satisfies WorkerResponse);
