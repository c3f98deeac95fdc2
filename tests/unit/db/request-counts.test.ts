import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countRequest, deleteRequestCountsBefore, requestCounter } from "@/db/queries/request-counts";
import { createStoredLookupLimiter } from "@/lib/report";
import { createTempDb, TEST_ENGINE, type TempDb } from "@/tests/helpers/temp-db";

const MINUTE = 60_000;
const T0 = Date.parse("2026-03-02T10:00:00.000Z");

let temp: TempDb;
beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(() => temp.cleanup());

describe(`request counters in the database (${TEST_ENGINE})`, () => {
  it("count per key and window, starting again in a new window", async () => {
    const w0 = new Date(T0);
    const w1 = new Date(T0 + MINUTE);
    expect(await countRequest(temp.db, "a", w0)).toBe(1);
    expect(await countRequest(temp.db, "a", w0)).toBe(2);
    expect(await countRequest(temp.db, "b", w0)).toBe(1);
    expect(await countRequest(temp.db, "a", w1)).toBe(1);
    expect(await countRequest(temp.db, "a", w1)).toBe(2);
  });

  it("give every concurrent request from two connections its own number", async () => {
    const window = new Date(T0);
    const second = temp.reopen();
    const counts = await Promise.all(Array.from({ length: 24 }, (_, i) => countRequest(i % 2 ? temp.db : second, "shared", window)));
    expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it("delete only older windows", async () => {
    await countRequest(temp.db, "old", new Date(T0));
    await countRequest(temp.db, "new", new Date(T0 + MINUTE));
    expect(await deleteRequestCountsBefore(temp.db, new Date(T0 + MINUTE))).toBe(1);
    expect(await countRequest(temp.db, "new", new Date(T0 + MINUTE))).toBe(2);
  });
});

describe("the share-link lookup limit, stored", () => {
  it("is one limit for two app instances: per address and in total, per minute", async () => {
    const limits = { scope: "share-lookup", perKey: 3, total: 5 };
    const one = createStoredLookupLimiter(requestCounter(temp.db), limits);
    const two = createStoredLookupLimiter(requestCounter(temp.reopen()), limits);
    const answers = [
      await one.allow("1.1.1.1", T0),
      await two.allow("1.1.1.1", T0 + 1),
      await one.allow("1.1.1.1", T0 + 2),
      await two.allow("1.1.1.1", T0 + 3),
    ];
    expect(answers).toEqual([true, true, true, false]);
    expect(await two.allow("2.2.2.2", T0 + 4)).toBe(true);
    expect(await one.allow("3.3.3.3", T0 + 5)).toBe(false);
    expect(await two.allow("1.1.1.1", T0 + MINUTE)).toBe(true);
  });

  it("keeps the stored rows bounded: a spent total writes no per-address row, a new window clears the old", async () => {
    const limiter = createStoredLookupLimiter(requestCounter(temp.db), { scope: "s", perKey: 100, total: 3 });
    for (let i = 0; i < 50; i++) await limiter.allow(`10.0.0.${i}`, T0 + i);
    const { requestCounts } = temp.db.tables;
    expect(await temp.db.select().from(requestCounts)).toHaveLength(1 + 3);
    await limiter.allow("10.0.0.1", T0 + MINUTE);
    expect((await temp.db.select({ key: requestCounts.key }).from(requestCounts)).map((r) => r.key).sort()).toEqual(["s:*", "s:key:10.0.0.1"]);
  });
});
