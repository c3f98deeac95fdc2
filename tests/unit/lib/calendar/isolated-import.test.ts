import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CALENDAR_LIMITS, importCalendarWeek, WORKER_LIMITS } from "@/lib/calendar";
import { importCalendarWeekIsolated, WorkerPool, type IsolatedImportOptions } from "@/lib/calendar/isolated-import";
import { workerConcurrency } from "@/lib/calendar/limits";
import { DEFAULT_CALENDAR_RULES } from "@/lib/validation/calendar";
import * as hostile from "@/scripts/bench/hostile-calendars";

const APPLE = readFileSync(new URL("../../../fixtures/calendar/apple-floating-clipped.ics", import.meta.url), "utf8");
const options: IsolatedImportOptions = { week: "2026-W47", timeZone: "Europe/Berlin", emails: ["robin@example.org"], managerEmails: [], rules: DEFAULT_CALENDAR_RULES };
// No caps at all: only the worker's deadline and heap limit can stop these imports.
const UNBOUNDED = Object.fromEntries(Object.keys(CALENDAR_LIMITS).map((key) => [key, Number.MAX_SAFE_INTEGER])) as typeof CALENDAR_LIMITS;

/** Counts how often this thread's event loop got to run while `work` was pending. */
async function loopTurnsDuring<T>(work: Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  const timer = setInterval(() => turns++, 10);
  try {
    return { value: await work, turns };
  } finally {
    clearInterval(timer);
  }
}

describe("importCalendarWeekIsolated", () => {
  it("answers exactly as the import in this thread does", async () => {
    const isolated = await importCalendarWeekIsolated(APPLE, options);
    expect(isolated).toEqual(importCalendarWeek(APPLE, options));
    expect(isolated.ok && isolated.value.events.length).toBe(7);
  });

  it("terminates a worker stuck inside ical.js at the deadline, while this thread keeps running", async () => {
    const started = performance.now();
    const { value, turns } = await loopTurnsDuring(
      importCalendarWeekIsolated(hostile.neverMatchingRule("DAILY"), { ...options, limits: UNBOUNDED, budgetMs: 600_000 }, { limits: { ...WORKER_LIMITS, deadlineMs: 400 } }),
    );
    expect(value).toEqual({ ok: false, code: "too-slow", error: expect.stringMatching(/took longer than 0.4 s/) });
    expect(performance.now() - started).toBeLessThan(WORKER_LIMITS.startupMs + 5_000);
    expect(turns).toBeGreaterThan(10);
  });

  it("ends a worker that runs out of its heap, and only that worker", async () => {
    const limits = { ...WORKER_LIMITS, maxHeapMb: 64, deadlineMs: 60_000 };
    expect(await importCalendarWeekIsolated(APPLE, options, { limits })).toMatchObject({ ok: true });
    const value = await importCalendarWeekIsolated(hostile.manyProperties(), { ...options, limits: UNBOUNDED, budgetMs: 600_000 }, { limits });
    expect(value).toEqual({ ok: false, code: "too-complex", error: expect.stringMatching(/needs more memory to read than one import may use/) });
    // Filling 64 MB takes seconds on a busy machine: wait as long as the worker's own deadline, and more.
  }, 90_000);

  it("keeps a worker that answered for the next import, and replaces one that was terminated", async () => {
    const pool = new WorkerPool(1, 1, 60_000);
    const threads: number[] = [];
    const watch = async <T>(run: () => Promise<T>) => {
      const lease = await pool.acquire();
      threads.push(lease?.worker?.threadId ?? -1);
      lease!.release(lease!.worker);
      return run();
    };
    await watch(() => importCalendarWeekIsolated(APPLE, options, { pool }));
    await watch(() => importCalendarWeekIsolated(APPLE, options, { pool }));
    const stuck = { ...options, limits: UNBOUNDED, budgetMs: 600_000 };
    expect(await watch(() => importCalendarWeekIsolated(hostile.neverMatchingRule("DAILY"), stuck, { pool, limits: { ...WORKER_LIMITS, deadlineMs: 300 } }))).toMatchObject({
      code: "too-slow",
    });
    expect(await watch(() => importCalendarWeekIsolated(APPLE, options, { pool }))).toMatchObject({ ok: true });
    const [none, first, second, afterTerminate] = threads;
    expect(none).toBe(-1);
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(first);
    expect(afterTerminate).toBe(-1);
  });

  it("answers busy, with a retry time, when no worker is free", async () => {
    const pool = new WorkerPool(0, 0, 0);
    expect(await importCalendarWeekIsolated(APPLE, options, { pool })).toEqual({
      ok: false,
      code: "busy",
      error: "Calendar imports are busy right now. Try again in 5 seconds.",
      retryAfterSeconds: 5,
    });
  });
});

describe("WorkerPool", () => {
  it("lets `concurrency` through, queues up to `maxQueued` in order, and refuses the rest", async () => {
    const pool = new WorkerPool(2, 2, 60_000);
    const first = await pool.acquire();
    const second = await pool.acquire();
    const order: string[] = [];
    const third = pool.acquire().then((lease) => (order.push("third"), lease));
    const fourth = pool.acquire().then((lease) => (order.push("fourth"), lease));
    expect(await pool.acquire()).toBeNull();
    second!.release(null);
    second!.release(null);
    (await third)!.release(null);
    first!.release(null);
    (await fourth)!.release(null);
    expect(order).toEqual(["third", "fourth"]);
    const again = await Promise.all([pool.acquire(), pool.acquire()]);
    expect(again.every((lease) => lease !== null)).toBe(true);
  });

  it("gives up on a wait after `maxWaitMs`", async () => {
    const pool = new WorkerPool(1, 5, 30);
    const held = await pool.acquire();
    expect(await pool.acquire()).toBeNull();
    held!.release(null);
    expect(await pool.acquire()).not.toBeNull();
  });

  it.each([
    [1, 1],
    [2, 1],
    [4, 3],
    [64, 4],
  ])("on %i cores runs %i workers at once", (cores, workers) => {
    expect(workerConcurrency(cores)).toBe(workers);
  });
});
