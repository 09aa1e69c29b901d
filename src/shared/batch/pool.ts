/**
 * An ordered worker-thread pool: jobs go to whichever worker is free, results come back in submission order, and
 * at most `window` jobs are in flight or waiting to be written, so memory stays flat whatever the input size.
 *
 * A worker that dies (out of memory on a monstrous record, a crash in the core) fails only the job it was running;
 * it is replaced and the rest of the input goes on.
 */
import { Worker } from 'node:worker_threads';
import type { RecordResult } from './jsonlRecord';

export interface WorkerJob {
  seq: number;
  raw: string;
}

export interface WorkerReply {
  seq: number;
  result: RecordResult;
}

export interface PoolOptions {
  /** The script each worker runs (the CLI bundle itself). */
  script: string;
  workerData: unknown;
  size: number;
  /** Jobs allowed between submission and being handed to `onResult`. */
  window: number;
  onResult: (seq: number, result: RecordResult) => void | Promise<void>;
}

interface Slot {
  worker: Worker;
  job: WorkerJob | undefined;
}

export class OrderedPool {
  private readonly slots: Slot[] = [];
  private readonly queue: WorkerJob[] = [];
  private readonly done = new Map<number, RecordResult>();
  private nextSeq = 0;
  private nextToEmit = 0;
  private emitting = false;
  private spaceWaiters: Array<() => void> = [];
  private drainWaiters: Array<() => void> = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** Queues a job; resolves once the window has room for the next one. */
  async submit(raw: string): Promise<number> {
    const seq = this.nextSeq++;
    this.queue.push({ seq, raw });
    this.dispatch();
    while (this.nextSeq - this.nextToEmit >= this.options.window) {
      await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
    }
    return seq;
  }

  /** Resolves when every submitted job has been handed to `onResult`. */
  async drain(): Promise<void> {
    while (this.nextToEmit < this.nextSeq) await new Promise<void>((resolve) => this.drainWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === undefined);
      // Workers start lazily: a three-line file never pays for eight core loads (model and gazetteer).
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift() as WorkerJob;
      slot.job = job;
      slot.worker.postMessage(job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script, { workerData: this.options.workerData });
    const slot: Slot = { worker, job: undefined };
    worker.on('message', (reply: WorkerReply) => {
      if (slot.job?.seq !== reply.seq) return;
      slot.job = undefined;
      this.complete(reply.seq, reply.result);
      this.dispatch();
    });
    const lost = (why: string): void => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return; // already replaced (error is followed by exit)
      this.slots.splice(index, 1);
      const job = slot.job;
      slot.job = undefined;
      if (job) this.complete(job.seq, { ok: false, message: `the analysis crashed (${why})` });
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`worker exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private complete(seq: number, result: RecordResult): void {
    this.done.set(seq, result);
    void this.emit();
  }

  /** Hands finished results to `onResult` strictly in order, one at a time (it may wait for stdout to drain). */
  private async emit(): Promise<void> {
    if (this.emitting) return;
    this.emitting = true;
    try {
      while (this.done.has(this.nextToEmit)) {
        const result = this.done.get(this.nextToEmit) as RecordResult;
        this.done.delete(this.nextToEmit);
        await this.options.onResult(this.nextToEmit, result);
        this.nextToEmit++;
        this.wake(this.spaceWaiters);
      }
    } finally {
      this.emitting = false;
    }
    if (this.nextToEmit === this.nextSeq) this.wake(this.drainWaiters);
  }

  private wake(waiters: Array<() => void>): void {
    const list = waiters.splice(0);
    for (const resolve of list) resolve();
  }
}
