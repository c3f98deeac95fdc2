import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countRequest, deleteRequestCountsBefore, requestCounter } from "@/db/queries/request-counts";
import { createLookupLimiter } from "@/lib/report";
import { createStoredRateLimiter } from "@/lib/rate-limiter";
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

  it("delete only a scope's older windows", async () => {
    await countRequest(temp.db, "s:old", new Date(T0));
    await countRequest(temp.db, "s:new", new Date(T0 + MINUTE));
    await countRequest(temp.db, "other:old", new Date(T0));
    await countRequest(temp.db, "s_x:old", new Date(T0));
    expect(await deleteRequestCountsBefore(temp.db, "s", new Date(T0 + MINUTE))).toBe(1);
    expect(await countRequest(temp.db, "s:new", new Date(T0 + MINUTE))).toBe(2);
    expect(await countRequest(temp.db, "other:old", new Date(T0))).toBe(2);
    expect(await countRequest(temp.db, "s_x:old", new Date(T0))).toBe(2);
  });
});

describe("limits stored in the database", () => {
  it("are one limit for two app instances, per key and window", async () => {
    const limit = { scope: "credentials", max: 3, windowMs: MINUTE };
    const one = createStoredRateLimiter(requestCounter(temp.db), limit);
    const two = createStoredRateLimiter(requestCounter(temp.reopen()), limit);
    const answers = [await one.hit("1.1.1.1", T0), await two.hit("1.1.1.1", T0 + 1), await one.hit("1.1.1.1", T0 + 2), await two.hit("1.1.1.1", T0 + 3)];
    expect(answers).toEqual([true, true, true, false]);
    expect(await two.hit("2.2.2.2", T0 + 4)).toBe(true);
    expect(await one.hit("1.1.1.1", T0 + MINUTE)).toBe(true);
  });

  it("keep scopes apart: the share lookup's address budget and failure ceiling, and another limiter", async () => {
    const counter = requestCounter(temp.db);
    const share = createLookupLimiter({ perKey: 2, total: 3 }, ({ name, ...limit }) => createStoredRateLimiter(counter, { scope: `share-${name}`, ...limit }));
    const other = createStoredRateLimiter(counter, { scope: "credentials", max: 1, windowMs: MINUTE });
    expect([await share.admit("1.1.1.1", T0), await share.admit("1.1.1.1", T0 + 1), await share.admit("1.1.1.1", T0 + 2)]).toEqual([true, true, false]);
    expect([await share.recordFailure(T0), await share.recordFailure(T0), await share.recordFailure(T0), await share.recordFailure(T0)]).toEqual([true, true, true, false]);
    expect(await share.admit("2.2.2.2", T0 + 3)).toBe(true);
    expect(await other.hit("1.1.1.1", T0)).toBe(true);
  });

  it("keep the stored rows bounded: a scope's first hit in a new window clears that scope's older windows only", async () => {
    const counter = requestCounter(temp.db);
    const limiter = createStoredRateLimiter(counter, { scope: "s", max: 100, windowMs: MINUTE });
    const slow = createStoredRateLimiter(counter, { scope: "slow", max: 100, windowMs: 10 * MINUTE });
    await slow.hit("x", T0);
    for (let i = 0; i < 50; i++) await limiter.hit(`10.0.0.${i}`, T0 + i);
    const { requestCounts } = temp.db.tables;
    expect(await temp.db.select().from(requestCounts)).toHaveLength(51);
    await limiter.hit("10.0.0.1", T0 + MINUTE);
    expect((await temp.db.select({ key: requestCounts.key }).from(requestCounts)).map((r) => r.key).sort()).toEqual(["s:10.0.0.1", "slow:x"]);
  });
});
