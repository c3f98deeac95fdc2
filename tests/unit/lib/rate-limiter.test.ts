import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter } from "@/lib/rate-limiter";

async function hits(limiter: ReturnType<typeof createMemoryRateLimiter>, key: string, nowMs: number, n: number) {
  const answers: boolean[] = [];
  for (let i = 0; i < n; i++) answers.push(await limiter.hit(key, nowMs));
  return answers;
}

describe("createMemoryRateLimiter", () => {
  it("allows max hits per key and window, each key on its own", async () => {
    const limiter = createMemoryRateLimiter({ max: 2, windowMs: 1000 });
    expect(await hits(limiter, "a", 0, 3)).toEqual([true, true, false]);
    expect(await hits(limiter, "b", 500, 3)).toEqual([true, true, false]);
    expect(await limiter.hit("a", 999)).toBe(false);
    expect(await hits(limiter, "a", 1000, 3)).toEqual([true, true, false]);
    expect(await limiter.hit("b", 1499)).toBe(false);
    expect(await limiter.hit("b", 1500)).toBe(true);
  });

  it("keeps at most maxKeys windows, forgetting the oldest first", async () => {
    const limiter = createMemoryRateLimiter({ max: 1, windowMs: 60_000, maxKeys: 3 });
    for (const key of ["a", "b", "c"]) await limiter.hit(key, 0);
    expect(await limiter.hit("c", 1)).toBe(false);
    await limiter.hit("d", 2);
    expect(await limiter.hit("a", 3)).toBe(true);
    expect(await limiter.hit("c", 4)).toBe(false);
  });

  it("stays bounded under a flood of distinct keys", async () => {
    const limiter = createMemoryRateLimiter({ max: 1, windowMs: 60_000, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) await limiter.hit(`k${i}`, i);
    expect(await limiter.hit("k9999", 10_000)).toBe(false);
    expect(await limiter.hit("k0", 10_000)).toBe(true);
  });
});
