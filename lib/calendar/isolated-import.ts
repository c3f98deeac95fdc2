import { availableParallelism } from "node:os";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { CalendarImportOptions, CalendarImportResult } from "./import-week";
import { DEFAULT_BUDGET_MS, tooSlowMessage, WORKER_LIMITS, workerConcurrency } from "./limits";

export type IsolatedImportResult = CalendarImportResult | { ok: false; code: "busy"; error: string; retryAfterSeconds: number };

export type IsolatedImportOptions = Omit<CalendarImportOptions, "clock">;

type WorkerLimits = { deadlineMs: number; maxHeapMb: number; startupMs: number; maxJobsPerWorker: number };

type Lease = { worker: Worker | null; release: (worker: Worker | null) => void };

/**
 * At most `concurrency` imports at once; the rest wait in order, each for at most `maxWaitMs`,
 * at most `maxQueued` of them. A worker that answered in time is kept for the next import (its
 * compiled code is warm); one that was terminated is not.
 */
export class WorkerPool {
  private running = 0;
  private readonly waiting: Array<{ grant: () => void }> = [];
  private readonly idle: Worker[] = [];

  constructor(
    readonly concurrency: number,
    private readonly maxQueued: number,
    private readonly maxWaitMs: number,
  ) {}

  /** A lease once a slot is free, or null when the queue is full or the wait ran out. */
  acquire(): Promise<Lease | null> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve(this.lease());
    }
    if (this.waiting.length >= this.maxQueued) return Promise.resolve(null);
    return new Promise((resolve) => {
      const entry = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.lease());
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        resolve(null);
      }, this.maxWaitMs);
      this.waiting.push(entry);
    });
  }

  private lease(): Lease {
    let released = false;
    let worker: Worker | null = null;
    while (!worker && this.idle.length) {
      const candidate = this.idle.pop()!;
      if (!exited.has(candidate)) worker = candidate;
    }
    return {
      worker,
      release: (kept) => {
        if (released) return;
        released = true;
        if (kept) {
          kept.unref();
          this.idle.push(kept);
        }
        const next = this.waiting.shift();
        if (next) next.grant();
        else this.running--;
      },
    };
  }
}

const globalForPool = globalThis as unknown as { pendulumCalendarWorkers?: WorkerPool };

/** The process-wide pool: one core stays free for pages (see limits.ts). */
export function calendarWorkerPool(): WorkerPool {
  globalForPool.pendulumCalendarWorkers ??= new WorkerPool(
    workerConcurrency(availableParallelism()),
    WORKER_LIMITS.maxQueued,
    WORKER_LIMITS.maxWaitMs,
  );
  return globalForPool.pendulumCalendarWorkers;
}

/**
 * importCalendarWeek in a worker thread, so no file can block this thread: the worker is
 * terminated at the deadline whatever it is doing, and its heap is capped, so an import that
 * would exhaust memory ends that worker alone. Waits for a slot of `pool` first.
 */
export async function importCalendarWeekIsolated(
  text: string,
  options: IsolatedImportOptions,
  { pool = calendarWorkerPool(), limits = WORKER_LIMITS }: { pool?: WorkerPool; limits?: WorkerLimits } = {},
): Promise<IsolatedImportResult> {
  const lease = await pool.acquire();
  if (!lease) return busy(limits);
  // Heap limits are fixed when a thread starts: a kept worker serves only imports with the same limit.
  if (lease.worker && heapOf.get(lease.worker) !== limits.maxHeapMb) void lease.worker.terminate();
  const worker = lease.worker && heapOf.get(lease.worker) === limits.maxHeapMb ? lease.worker : startWorker(limits.maxHeapMb);
  let keep: Worker | null = null;
  try {
    const outcome = await runIn(worker, text, options, limits);
    if (outcome.isReusable && jobsOf(worker) < limits.maxJobsPerWorker) keep = worker;
    return outcome.result;
  } finally {
    if (!keep) await worker.terminate();
    lease.release(keep);
  }
}

const jobs = new WeakMap<Worker, number>();
const exited = new WeakSet<Worker>();
const heapOf = new WeakMap<Worker, number>();
const jobsOf = (worker: Worker) => jobs.get(worker) ?? 0;

function runIn(worker: Worker, text: string, options: IsolatedImportOptions, limits: WorkerLimits): Promise<{ result: IsolatedImportResult; isReusable: boolean }> {
  // By default the parser's own budget ends slow work with its message half a second before the hard stop.
  const budgetMs = options.budgetMs ?? Math.min(DEFAULT_BUDGET_MS, Math.max(0, limits.deadlineMs - 500));
  jobs.set(worker, jobsOf(worker) + 1);
  worker.ref();
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number, onTimeout: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(onTimeout), ms);
    };
    const onMessage = (message: { started: true } | { result: CalendarImportResult }) => {
      if ("result" in message) settle(() => resolve({ result: message.result, isReusable: true }));
      else arm(limits.deadlineMs, () => resolve({ result: tooSlow(limits.deadlineMs), isReusable: false }));
    };
    const onError = (error: Error & { code?: string }) =>
      settle(() =>
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? resolve({ result: OUT_OF_MEMORY, isReusable: false })
          : reject(new Error("The calendar worker failed", { cause: error })),
      );
    const onExit = (code: number) => settle(() => reject(new Error(`The calendar worker exited (code ${code}) without an answer`)));
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      outcome();
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    arm(limits.startupMs, () => resolve({ result: busy(limits), isReusable: false }));
    worker.postMessage({ text, options: { ...options, budgetMs } });
  });
}

function busy(limits: WorkerLimits): IsolatedImportResult {
  const retryAfterSeconds = Math.ceil(limits.deadlineMs / 1000);
  return { ok: false, code: "busy", error: `Calendar imports are busy right now. Try again in ${retryAfterSeconds} seconds.`, retryAfterSeconds };
}

const OUT_OF_MEMORY: CalendarImportResult = {
  ok: false,
  code: "too-complex",
  error: "This calendar needs more memory to read than one import may use. Export a shorter date range (for example the last three months) and try again.",
};

function tooSlow(deadlineMs: number): CalendarImportResult {
  return { ok: false, code: "too-slow", error: tooSlowMessage(deadlineMs) };
}

// Next inlines NEXT_RUNTIME into its server build, where import.meta.url still names the .ts source.
const FROM_SOURCES = !process.env.NEXT_RUNTIME && import.meta.url.endsWith(".ts");
const TSX_BOOTSTRAP = `const { workerData } = require("node:worker_threads");
import(workerData.tsxApi).then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));`;

/**
 * The build (Turbopack) bundles the worker entry named in `new Worker(new URL(…))`; run from
 * TypeScript sources (tsx, Vitest), the entry is loaded through tsx, since Node 20 does not apply
 * an `--import` loader to a worker's entry.
 */
function startWorker(maxHeapMb: number): Worker {
  const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: maxHeapMb, stackSizeMb: 4 };
  let worker: Worker;
  if (FROM_SOURCES) {
    const entry = import.meta.url.replace(/[^/]+\.ts$/, "import-week.worker.ts");
    const tsxApi = import.meta.resolve("tsx/esm/api");
    worker = new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { entry, tsxApi }, resourceLimits });
  } else {
    worker = new Worker(new URL("./import-week.worker.ts", import.meta.url), { resourceLimits });
  }
  worker.once("exit", () => exited.add(worker));
  heapOf.set(worker, maxHeapMb);
  return worker;
}
