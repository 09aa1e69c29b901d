// The analysis worker (bundled to dist/worker.js): the only place the NLP core is loaded, off the extension
// host's main thread. One paragraph cache per document, so a keystroke re-analyses only the changed paragraph.
import { parentPort } from 'worker_threads';
import { analyze, createAnalysisCache, type AnalysisPass, type AnalyzeOptions } from '../core/index';
import { inspectText } from '../core/text/input';
import { countsOf } from '../shared/analysisQueries';
import { speakerTints } from '../shared/decorationPlan';
import { hoverAt } from '../shared/hoverContent';
import { buildPaintData, lineStarts, paintBuffers, positionsOver } from '../shared/paintData';
import { buildSymbolModel } from '../shared/symbolModel';
import { buildPanelState } from '../shared/panelModel';
import type { Analysis } from '../core/types';
import { answerCommand } from '../shared/answerCommand';
import { applyAnnotations, type Orphan } from '../shared/annotations/apply';
import type { CommandRequest, QueryRequest, WorkerRequest, WorkerResponse } from '../shared/protocol';
import { toJsonBytes, transferable } from '../shared/jsonBytes';
import { packLongText } from '../shared/longText';

type Cache = ReturnType<typeof createAnalysisCache>;

/**
 * Caches of the documents analysed most recently, each sized to hold its whole document (a cache smaller than
 * the article would evict lines on every run and turn each keystroke into a full re-analysis). The oldest is
 * dropped past the cap, so memory stays bounded by a few articles.
 */
const caches = new Map<string, { cache: Cache; capacity: number }>();
const MAX_CACHED_DOCUMENTS = 4;
const MIN_CHARS = 4_000_000;
const MIN_LINES = 4000;

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function cacheFor(key: string, text: string): Cache {
  let entry = caches.get(key);
  caches.delete(key); // re-inserted below: Map order doubles as recency order
  if (!entry || entry.capacity < text.length) {
    const capacity = Math.max(MIN_CHARS, Math.ceil(text.length * 1.5));
    entry = { cache: createAnalysisCache(Math.max(MIN_LINES, countLines(text) * 2), capacity), capacity };
  }
  caches.set(key, entry);
  while (caches.size > MAX_CACHED_DOCUMENTS) caches.delete(caches.keys().next().value as string);
  return entry.cache;
}

/** The latest analysis of each recent document, kept to answer the host's queries (panel, symbols) on demand. */
interface Latest {
  version: number;
  analysis: Analysis;
  text: string;
  fileName: string;
  tints: Map<string, number>;
  starts: Uint32Array;
  orphans: Orphan[];
}
const latest = new Map<string, Latest>();

function answer(request: QueryRequest): WorkerResponse {
  const l = latest.get(request.key);
  if (!l || l.version !== request.version) return { type: 'answer', id: request.id, bytes: null };
  const build = (): unknown => {
    switch (request.what) {
      case 'panel':
        return buildPanelState(l.analysis, l.text, l.fileName, l.version, l.tints, l.orphans);
      case 'symbols':
        return buildSymbolModel(l.analysis, positionsOver(l.starts));
      case 'hover':
        return hoverAt(l.analysis, request.offset ?? -1) ?? null;
    }
  };
  return { type: 'answer', id: request.id, bytes: toJsonBytes(build()) };
}

function answerCommandRequest(request: CommandRequest): WorkerResponse {
  const l = latest.get(request.key);
  if (!l || l.version !== request.version) return { type: 'commandAnswer', id: request.id, answer: null };
  return { type: 'commandAnswer', id: request.id, ...packLongText(answerCommand(l.analysis, l.text, request.query)) };
}

function handle(request: WorkerRequest): WorkerResponse | undefined {
  if (request.type === 'forget') {
    caches.delete(request.key);
    latest.delete(request.key);
    return undefined;
  }
  if (request.type === 'query') return answer(request);
  if (request.type === 'command') return answerCommandRequest(request);
  const { id, key, version, text, fileName, annotations, faultForTests } = request;
  const verdict = inspectText(text);
  if (!verdict.ok) {
    // Size limits are the extension's decision (it asks the user first), so only content problems stop us here.
    if (verdict.reason !== 'too-large')
      return { type: 'skipped', id, key, version, reason: verdict.reason, message: verdict.message };
  }
  const started = performance.now();
  try {
    // The person's corrections win over the machine in every view built from here (panel, hovers, exports …).
    const { analysis, orphans } = applyAnnotations(
      analyze(text, { cache: cacheFor(key, text), onPass: faultForTests && injectedFault(faultForTests) }),
      text,
      annotations,
    );
    // Planning highlights here keeps that work (tens of ms on a long article) off the host.
    const tints = speakerTints(analysis);
    const starts = lineStarts(text);
    latest.delete(key);
    latest.set(key, { version, analysis, text, fileName, tints, starts, orphans });
    while (latest.size > MAX_CACHED_DOCUMENTS) latest.delete(latest.keys().next().value as string);
    return {
      type: 'result',
      id,
      key,
      version,
      analysisBytes: toJsonBytes(analysis),
      paint: buildPaintData(analysis, text, tints, starts),
      counts: countsOf(analysis),
      orphans,
      ms: performance.now() - started,
    };
  } catch (err) {
    // The boundary: the core throws on a bug, and the host logs the stack and tells the user; nothing is hidden.
    caches.delete(key); // a cache left half-updated by the failure must not taint the next run
    latest.delete(key);
    const error = err instanceof Error ? err : new Error(String(err));
    return { type: 'error', id, key, version, message: error.message || error.name, stack: error.stack };
  }
}

/** For the in-host tests only: a pass hook that makes the named pass throw, as a bug in it would. */
function injectedFault(fault: AnalysisPass): AnalyzeOptions['onPass'] {
  return (pass) => {
    if (pass === fault) throw new Error(`fault injected for tests in the '${pass}' pass`);
  };
}

/** What a response hands over rather than copies: highlight positions, JSON bytes and long texts' bytes. */
function transferList(response: WorkerResponse): ArrayBuffer[] {
  if (response.type === 'result') return [...paintBuffers(response.paint), ...transferable(response.analysisBytes)];
  if (response.type === 'answer' && response.bytes) return transferable(response.bytes);
  if (response.type === 'commandAnswer' && response.textBytes) return transferable(response.textBytes);
  return [];
}

parentPort?.on('message', (request: WorkerRequest) => {
  const response = handle(request);
  if (response) parentPort?.postMessage(response, transferList(response));
});
