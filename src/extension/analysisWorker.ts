// The analysis worker (bundled to dist/worker.js): the only place the NLP core is loaded, off the extension
// host's main thread. One paragraph cache per document, so a keystroke re-analyses only the changed paragraph.
import { parentPort } from 'worker_threads';
import { analyze, createAnalysisCache } from '../core/index';
import { inspectText } from '../core/input';
import type { WorkerRequest, WorkerResponse } from './protocol';

type Cache = ReturnType<typeof createAnalysisCache>;

/** Caches of the documents analysed most recently; the oldest is dropped past the cap to bound memory. */
const caches = new Map<string, Cache>();
const MAX_CACHED_DOCUMENTS = 16;

function cacheFor(key: string): Cache {
  let cache = caches.get(key);
  if (cache) {
    caches.delete(key); // re-insert: Map order doubles as recency order
  } else {
    cache = createAnalysisCache();
  }
  caches.set(key, cache);
  while (caches.size > MAX_CACHED_DOCUMENTS) caches.delete(caches.keys().next().value as string);
  return cache;
}

function handle(request: WorkerRequest): WorkerResponse | undefined {
  if (request.type === 'forget') {
    caches.delete(request.key);
    return undefined;
  }
  const { id, key, version, text } = request;
  const verdict = inspectText(text);
  if (!verdict.ok) {
    // Size limits are the extension's decision (it asks the user first), so only content problems stop us here.
    if (verdict.reason !== 'too-large') return { type: 'skipped', id, key, version, reason: verdict.reason, message: verdict.message };
  }
  const started = performance.now();
  try {
    const analysis = analyze(text, { cache: cacheFor(key) });
    return { type: 'result', id, key, version, analysis, ms: performance.now() - started };
  } catch (err) {
    caches.delete(key); // a cache left half-updated by the failure must not taint the next run
    return { type: 'error', id, key, version, message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  const response = handle(request);
  if (response) parentPort?.postMessage(response);
});
