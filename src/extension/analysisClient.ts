// Runs analyses in a worker thread so the extension host's main thread never parses text.
// No `vscode` import: the benchmark and unit tests drive this class directly with the built dist/worker.js.
//
// Scheduling: one request runs at a time; while it runs, only the newest request per document waits (older
// waiting ones resolve as 'superseded' at once), so a burst of keystrokes costs one extra analysis, not one each.
// Crashes: the worker is restarted once; the request that was running when it died resolves as 'error' (it may be
// what killed it). A second crash is final: every pending and later request resolves as 'error' and `onFailure`
// is called exactly once.
import { Worker, type ResourceLimits } from 'worker_threads';
import type { AnalysisPass } from '../core/analyze';
import type { Sidecar } from '../shared/annotations/types';
import type { CommandAnswer, CommandKind, CommandQuery } from '../shared/commandQueries';
import { unpackLongText } from '../shared/longText';
import {
  AnalysisResult,
  type AnalysisOutcome,
  type AnalyzeRequest,
  type QueryKind,
  type WorkerRequest,
  type WorkerResponse,
} from '../shared/protocol';

export interface AnalysisClientOptions {
  /** Path of the bundled worker (dist/worker.js). */
  workerPath: string;
  /** Heap cap for the worker, so a pathological input kills the worker instead of the extension host. */
  resourceLimits?: ResourceLimits;
  /** Called once when the worker crashed and was restarted. */
  onRestart?: (reason: string) => void;
  /** Called once when the worker crashed again after its restart: analysis is off until a new client is made. */
  onFailure?: (reason: string) => void;
}

interface Job {
  request: AnalyzeRequest;
  resolve: (outcome: AnalysisOutcome) => void;
}

const MAX_RESTARTS = 1;

export class AnalysisClient {
  private worker: Worker | undefined;
  private running: Job | undefined;
  /** Waiting jobs, at most one per document key, in arrival order. */
  private readonly waiting = new Map<string, Job>();
  private nextId = 1;
  private restarts = 0;
  private failure: string | undefined;
  private disposed = false;
  private idleWaiters: Array<() => void> = [];
  /** Queries (panel model, symbols, hover) waiting for the worker's answer. */
  private readonly queries = new Map<number, (bytes: Uint8Array | undefined) => void>();
  /** Command questions waiting for the worker's answer: null when it has moved on, undefined when it is gone. */
  private readonly commands = new Map<number, (answer: CommandAnswer<CommandKind> | null | undefined) => void>();
  /** For the in-host tests only: the pass every analysis from now on makes throw (see injectFaultForTests). */
  private fault: AnalysisPass | undefined;

  constructor(private readonly options: AnalysisClientOptions) {}

  /** Analyses `text` (version `version` of document `key`). Never rejects. */
  analyze(key: string, version: number, text: string, fileName = '', annotations?: Sidecar): Promise<AnalysisOutcome> {
    if (this.disposed)
      return Promise.resolve({ status: 'error', version, message: 'The analysis client was disposed.' });
    if (this.failure) return Promise.resolve({ status: 'error', version, message: this.failure });
    return new Promise<AnalysisOutcome>((resolve) => {
      const previous = this.waiting.get(key);
      if (previous) {
        this.waiting.delete(key);
        previous.resolve({ status: 'superseded', version: previous.request.version });
      }
      const request: AnalyzeRequest = { type: 'analyze', id: this.nextId++, key, version, text, fileName, annotations };
      if (this.fault) request.faultForTests = this.fault;
      this.waiting.set(key, { request, resolve });
      this.pump();
    });
  }

  /**
   * Asks the worker for the panel model or symbol tree of the latest analysis of `key`, which must be `version`.
   * Undefined when the worker has moved on to a newer version, crashed, or the client is off. Never rejects.
   */
  query(key: string, version: number, what: QueryKind, offset?: number): Promise<Uint8Array | undefined> {
    if (this.disposed || this.failure) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.queries.set(id, resolve);
      this.post({ type: 'query', id, key, version, what, offset });
    });
  }

  /**
   * Asks the worker a palette command's question about version `version` of `key`.
   * Null when the worker holds another version (or none: restarted, evicted); undefined when it cannot answer at
   * all (crashed meanwhile, failed for good, disposed). Never rejects.
   */
  command(key: string, version: number, query: CommandQuery): Promise<CommandAnswer<CommandKind> | null | undefined> {
    if (this.disposed || this.failure) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.commands.set(id, resolve);
      this.post({ type: 'command', id, key, version, query });
    });
  }

  /** Drops the worker's cache for a closed document. */
  forget(key: string): void {
    const job = this.waiting.get(key);
    if (job) {
      this.waiting.delete(key);
      job.resolve({ status: 'superseded', version: job.request.version });
    }
    if (this.worker) this.post({ type: 'forget', key });
    this.notifyIfIdle();
  }

  /** True while a request runs or waits. */
  get busy(): boolean {
    return this.running !== undefined || this.waiting.size > 0 || this.queries.size > 0 || this.commands.size > 0;
  }

  /** True once the worker crashed twice: no further analysis will run. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Resolves when nothing runs or waits. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * For the in-host tests only: ends the worker as a crash would (same 'exit' path, same restart policy).
   * False when no worker is running.
   */
  crashWorkerForTests(): boolean {
    if (!this.worker) return false;
    void this.worker.terminate();
    return true;
  }

  /**
   * For the in-host tests only: every later analysis throws in pass `fault` (as a bug there would), until called
   * with undefined. The worker stays up: this tests the error path of a live worker, not a crash.
   */
  injectFaultForTests(fault: AnalysisPass | undefined): void {
    this.fault = fault;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.settleAll('The analysis client was disposed.');
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running || this.disposed || this.failure) return;
    const next = this.waiting.entries().next();
    if (next.done) {
      this.notifyIfIdle();
      return;
    }
    const [key, job] = next.value;
    this.waiting.delete(key);
    this.running = job;
    this.post(job.request);
  }

  private post(message: WorkerRequest): void {
    const worker = this.ensureWorker();
    // Keep the process alive while a reply is due, not longer (a CLI or benchmark must be able to exit).
    if (message.type !== 'forget') worker.ref();
    worker.postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerPath, { resourceLimits: this.options.resourceLimits });
    worker.on('message', (message: WorkerResponse) => this.onMessage(worker, message));
    worker.on('error', (err: Error) => this.onCrash(worker, err.message || String(err)));
    worker.on('exit', (code) => this.onCrash(worker, `the analysis worker exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private onMessage(worker: Worker, message: WorkerResponse): void {
    if (worker !== this.worker) return;
    if (message.type === 'answer') {
      const resolve = this.queries.get(message.id);
      this.queries.delete(message.id);
      resolve?.(message.bytes ?? undefined);
      this.notifyIfIdle();
      return;
    }
    if (message.type === 'commandAnswer') {
      void this.settleCommand(message.id, message.answer, message.textBytes);
      return;
    }
    const job = this.running;
    if (!job || job.request.id !== message.id) return; // a reply to a request that was abandoned
    this.running = undefined;
    const { version } = job.request;
    switch (message.type) {
      case 'result': {
        // No parsing here: the result is applied from its prepared parts (see AnalysisResult).
        const { analysisBytes, paint, counts, orphans } = message;
        const { key } = job.request;
        const result = new AnalysisResult(
          { analysisBytes, paint, counts, orphans },
          version,
          (what, offset) => this.query(key, version, what, offset),
          (query) => this.command(key, version, query),
        );
        job.resolve({ status: 'ok', version, result, ms: message.ms });
        break;
      }
      case 'skipped':
        job.resolve({ status: 'skipped', version, reason: message.reason, message: message.message });
        break;
      case 'error':
        job.resolve({ status: 'error', version, message: message.message, stack: message.stack });
        break;
    }
    this.pump();
  }

  /**
   * Resolves a command with its answer once a long text sent as bytes is decoded (in slices: see longText.ts). The
   * command stays pending meanwhile; if the worker crashes before that, the crash has settled it already.
   */
  private async settleCommand(
    id: number,
    answer: CommandAnswer<CommandKind> | null,
    textBytes: Uint8Array | undefined,
  ): Promise<void> {
    const whole = await unpackLongText(answer, textBytes);
    const resolve = this.commands.get(id);
    if (!resolve) return;
    this.commands.delete(id);
    resolve(whole);
    this.notifyIfIdle();
  }

  private onCrash(worker: Worker, reason: string): void {
    if (worker !== this.worker || this.disposed) return; // an old worker, or our own terminate()
    this.worker = undefined;
    void worker.terminate();
    const crashed = this.running;
    this.running = undefined;
    this.settleQueries();
    crashed?.resolve({ status: 'error', version: crashed.request.version, message: `Analysis failed: ${reason}` });
    if (this.restarts < MAX_RESTARTS) {
      this.restarts++;
      this.options.onRestart?.(reason);
      this.pump(); // the next waiting job starts a fresh worker
      return;
    }
    this.failure = `The analysis worker stopped (${reason}) and was not restarted again.`;
    this.settleAll(this.failure);
    this.options.onFailure?.(this.failure);
  }

  /** The worker that would have answered is gone: the queries get no answer. */
  private settleQueries(): void {
    const pending = [...this.queries.values(), ...this.commands.values()];
    this.queries.clear();
    this.commands.clear();
    for (const resolve of pending) resolve(undefined);
  }

  private settleAll(message: string): void {
    this.settleQueries();
    const jobs = [...(this.running ? [this.running] : []), ...this.waiting.values()];
    this.running = undefined;
    this.waiting.clear();
    for (const job of jobs) job.resolve({ status: 'error', version: job.request.version, message });
    this.notifyIfIdle();
  }

  private notifyIfIdle(): void {
    if (this.busy) return;
    this.worker?.unref();
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
