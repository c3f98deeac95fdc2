import { availableParallelism } from "node:os";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { CalendarImportOptions, CalendarImportResult } from "./import-week";
import { DEFAULT_BUDGET_MS, tooSlowMessage, WORKER_LIMITS, workerConcurrency } from "./limits";

export type IsolatedImportResult = CalendarImportResult | { ok: false; code: "busy"; error: string; retryAfterSeconds: number };

export type IsolatedImportOptions = Omit<CalendarImportOptions, "clock">;

type WorkerLimits = { deadlineMs: number; maxHeapMb: number; startupMs: number };

/** At most `concurrency` holders at once; the rest wait in order, each for at most `maxWaitMs`, at most `maxQueued` of them. */
export class WorkerGate {
  private running = 0;
  private readonly waiting: Array<{ grant: () => void }> = [];

  constructor(
    readonly concurrency: number,
    private readonly maxQueued: number,
    private readonly maxWaitMs: number,
  ) {}

  /** A release function once a slot is free, or null when the queue is full or the wait ran out. */
  acquire(): Promise<(() => void) | null> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.maxQueued) return Promise.resolve(null);
    return new Promise((resolve) => {
      const entry = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        resolve(null);
      }, this.maxWaitMs);
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.running--;
    };
  }
}

const globalForGate = globalThis as unknown as { pendulumCalendarGate?: WorkerGate };

/** The process-wide gate: one core stays free for pages (see limits.ts). */
export function calendarWorkerGate(): WorkerGate {
  globalForGate.pendulumCalendarGate ??= new WorkerGate(
    workerConcurrency(availableParallelism()),
    WORKER_LIMITS.maxQueued,
    WORKER_LIMITS.maxWaitMs,
  );
  return globalForGate.pendulumCalendarGate;
}

/**
 * importCalendarWeek in a worker thread of its own, so no file can block this thread: the
 * worker is terminated at the deadline whatever it is doing, and its heap is capped, so an
 * import that would exhaust memory ends that worker alone. Waits for a slot of `gate` first.
 */
export async function importCalendarWeekIsolated(
  text: string,
  options: IsolatedImportOptions,
  { gate = calendarWorkerGate(), limits = WORKER_LIMITS }: { gate?: WorkerGate; limits?: WorkerLimits } = {},
): Promise<IsolatedImportResult> {
  const release = await gate.acquire();
  if (!release) return busy(limits);
  try {
    return await runInWorker(text, options, limits);
  } finally {
    release();
  }
}

function runInWorker(text: string, options: IsolatedImportOptions, limits: WorkerLimits): Promise<IsolatedImportResult> {
  // By default the parser's own budget ends slow work with its message half a second before the hard stop.
  const budgetMs = options.budgetMs ?? Math.min(DEFAULT_BUDGET_MS, Math.max(0, limits.deadlineMs - 500));
  const worker = startWorker({ text, options: { ...options, budgetMs } }, { maxOldGenerationSizeMb: limits.maxHeapMb, stackSizeMb: 4 });
  return new Promise<IsolatedImportResult>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // The slot is released only once the thread is gone, so the gate counts real CPU use.
      void worker.terminate().finally(outcome);
    };
    const arm = (ms: number, onTimeout: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(onTimeout), ms);
    };
    arm(limits.startupMs, () => resolve(busy(limits)));
    worker.on("message", (message: { started: true } | { result: CalendarImportResult }) => {
      if ("result" in message) settle(() => resolve(message.result));
      else arm(limits.deadlineMs, () => resolve(tooSlow(limits.deadlineMs)));
    });
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => (error.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve(OUT_OF_MEMORY) : reject(new Error("The calendar worker failed", { cause: error })))),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`The calendar worker exited (code ${code}) without an answer`))));
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
function startWorker(workerData: object, resourceLimits: ResourceLimits): Worker {
  if (!FROM_SOURCES) return new Worker(new URL("./import-week.worker.ts", import.meta.url), { workerData, resourceLimits });
  const entry = import.meta.url.replace(/[^/]+\.ts$/, "import-week.worker.ts");
  const tsxApi = import.meta.resolve("tsx/esm/api");
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { ...workerData, entry, tsxApi }, resourceLimits });
}
