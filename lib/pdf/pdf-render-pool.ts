import os from "node:os";
import type { ResourceLimits, Worker } from "node:worker_threads";
import type { RenderInput } from "./render-input";
import type { RenderReply, RenderRequest } from "./render-pdf-worker";

/**
 * PDF renders off the event loop: a few worker threads (render-pdf-worker.ts), one render each at
 * a time, and a short queue in front of them. A render is hundreds of milliseconds of synchronous
 * layout; on the server's own thread, fifty concurrent downloads held every other request (the
 * health check, probes) for tens of seconds. When the queue is full the pool refuses at once
 * (`PdfBusyError` → 503 with Retry-After) instead of letting waiters, and their memory, pile up.
 */

/** Too busy to take another render now; try again after `retryAfterSeconds`. */
export class PdfBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("The PDF renderer is busy. Please try again in a moment.");
    this.name = "PdfBusyError";
  }
}

/** A render that did not produce a PDF (the worker failed, died or ran out of time). */
export class PdfRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfRenderError";
  }
}

/** Starts one render thread. Production passes nothing (spawn-render-worker.ts); tests run from source. */
export type SpawnRenderWorker = (options: { resourceLimits: ResourceLimits }) => Worker;

export type PdfRenderPoolOptions = {
  /** Render threads, started on first use. */
  size: number;
  /** Renders that may wait for a thread; one more is refused. */
  maxQueue: number;
  /** A render taking longer is abandoned and its thread replaced. */
  timeoutMs: number;
  /** Heap per thread: a pathological report fails alone instead of swelling the server. */
  heapMb: number;
  spawn: SpawnRenderWorker;
};

/** One thread per core but one (the event loop keeps a core), at least 1, at most `cap`. */
export function defaultPoolSize(parallelism = os.availableParallelism(), cap = 4): number {
  return Math.max(1, Math.min(cap, parallelism - 1));
}

type Job = {
  /** Being read (the case's runs) from the moment the job is accepted. */
  input: Promise<RenderInput>;
  resolve: (pdf: Uint8Array) => void;
  reject: (error: Error) => void;
};
type Slot = {
  worker: Worker | null;
  job: Job | null;
  jobId: number;
  started: number;
  timer?: NodeJS.Timeout;
};

const RETRY_MIN_SECONDS = 1;
const RETRY_MAX_SECONDS = 30;

export class PdfRenderPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextJobId = 1;
  /** Recent render time, for an honest Retry-After. */
  private averageMs = 500;
  private closed = false;

  constructor(private readonly options: PdfRenderPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({
      worker: null,
      job: null,
      jobId: 0,
      started: 0,
    }));
  }

  /**
   * Renders on a free thread, or waits in the queue; rejects with PdfBusyError when that is full.
   * Takes a reader of the case, not the case: a refused render costs the event loop nothing, and
   * the model is built in the render thread.
   */
  render(readInput: () => RenderInput | Promise<RenderInput>): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new PdfRenderError("the PDF renderer is shut down"));
    const free = this.slots.find((slot) => slot.job === null);
    if (free === undefined && this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new PdfBusyError(this.retryAfterSeconds()));
    }
    return new Promise((resolve, reject) => {
      // Read only once accepted: fifty refused downloads read no runs and build no models.
      const input = (async () => readInput())();
      input.catch(() => undefined); // observed in start(); a job dropped by close() must not warn
      const job: Job = { input, resolve, reject };
      if (free) this.start(free, job);
      else this.queue.push(job);
    });
  }

  /** Renders running and waiting now. */
  load(): { running: number; queued: number } {
    return { running: this.slots.filter((slot) => slot.job !== null).length, queued: this.queue.length };
  }

  /** Stops every thread; renders not finished are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new PdfRenderError("the PDF renderer is shut down"));
    await Promise.all(
      this.slots.map((slot) => this.fail(slot, new PdfRenderError("the PDF renderer is shut down"))),
    );
  }

  private retryAfterSeconds(): number {
    const waitMs = ((this.queue.length + 1) * this.averageMs) / this.slots.length;
    return Math.min(RETRY_MAX_SECONDS, Math.max(RETRY_MIN_SECONDS, Math.ceil(waitMs / 1000)));
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.jobId = this.nextJobId++;
    slot.started = performance.now();
    const worker = slot.worker ?? this.spawn(slot);
    // Referenced only while it works: an idle pool never keeps a process (a test, the CLI) alive.
    worker.ref();
    slot.timer = setTimeout(() => {
      void this.fail(slot, new PdfRenderError(`render took longer than ${this.options.timeoutMs} ms`));
    }, this.options.timeoutMs);
    const jobId = slot.jobId;
    job.input.then(
      (input) => {
        if (slot.job === job && slot.jobId === jobId)
          worker.postMessage({ id: jobId, input } satisfies RenderRequest);
      },
      (error: unknown) => {
        if (slot.job !== job || slot.jobId !== jobId) return;
        this.release(slot);
        job.reject(error instanceof Error ? error : new PdfRenderError(String(error)));
      },
    );
  }

  private spawn(slot: Slot): Worker {
    const worker = this.options.spawn({ resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb } });
    slot.worker = worker;
    worker.on("message", (reply: RenderReply) => {
      if (slot.worker !== worker || slot.job === null || reply.id !== slot.jobId) return;
      const job = slot.job;
      this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - slot.started);
      this.release(slot);
      if ("pdf" in reply) job.resolve(reply.pdf);
      else job.reject(new PdfRenderError(reply.error));
    });
    // An uncaught error ends the thread ('exit' follows); either way its render is lost.
    worker.on("error", (error) => {
      if (slot.worker === worker)
        void this.fail(slot, new PdfRenderError(`render thread failed (${error.name})`));
    });
    worker.on("exit", () => {
      if (slot.worker === worker) void this.fail(slot, new PdfRenderError("render thread exited"));
    });
    return worker;
  }

  /** The slot's render is done: take the next waiting one, or let the thread idle. */
  private release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = null;
    const next = this.queue.shift();
    if (next) this.start(slot, next);
    else slot.worker?.unref();
  }

  /** Drops the slot's thread (stopping it) and rejects its render; the next render starts a new one. */
  private async fail(slot: Slot, error: Error): Promise<void> {
    const { worker, job } = slot;
    slot.worker = null;
    job?.reject(error);
    if (!this.closed) this.release(slot);
    else clearTimeout(slot.timer);
    await worker?.terminate();
  }
}
