import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CALENDAR_LIMITS, importCalendarWeek, WORKER_LIMITS } from "@/lib/calendar";
import { importCalendarWeekIsolated, WorkerGate, type IsolatedImportOptions } from "@/lib/calendar/isolated-import";
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
  });

  it("answers busy, with a retry time, when no worker is free", async () => {
    const gate = new WorkerGate(0, 0, 0);
    expect(await importCalendarWeekIsolated(APPLE, options, { gate })).toEqual({
      ok: false,
      code: "busy",
      error: "Calendar imports are busy right now. Try again in 5 seconds.",
      retryAfterSeconds: 5,
    });
  });
});

describe("WorkerGate", () => {
  it("lets `concurrency` through, queues up to `maxQueued` in order, and refuses the rest", async () => {
    const gate = new WorkerGate(2, 2, 60_000);
    const first = await gate.acquire();
    const second = await gate.acquire();
    const order: string[] = [];
    const third = gate.acquire().then((release) => (order.push("third"), release));
    const fourth = gate.acquire().then((release) => (order.push("fourth"), release));
    expect(await gate.acquire()).toBeNull();
    second!();
    second!();
    (await third)!();
    first!();
    (await fourth)!();
    expect(order).toEqual(["third", "fourth"]);
    const again = await Promise.all([gate.acquire(), gate.acquire()]);
    expect(again.every((release) => typeof release === "function")).toBe(true);
  });

  it("gives up on a wait after `maxWaitMs`", async () => {
    const gate = new WorkerGate(1, 5, 30);
    const held = await gate.acquire();
    expect(await gate.acquire()).toBeNull();
    held!();
    expect(typeof (await gate.acquire())).toBe("function");
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
