/**
 * Counts hits per key in fixed windows. `hit` counts one and answers whether it is within the limit.
 * Async so that the counts can live in a database shared by several instances.
 */
export type RateLimiter = { hit: (key: string, nowMs: number) => Promise<boolean> };

export type WindowLimit = { max: number; windowMs: number; maxKeys?: number };

const DEFAULT_MAX_KEYS = 100_000;

/**
 * In memory, for one process: each key's window starts at its first hit. Memory is bounded by
 * `maxKeys`; when full, the oldest windows are forgotten first (they are the closest to ending).
 */
export function createMemoryRateLimiter({ max, windowMs, maxKeys = DEFAULT_MAX_KEYS }: WindowLimit): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(key, nowMs) {
      let entry = windows.get(key);
      if (!entry || nowMs - entry.start >= windowMs) {
        windows.delete(key);
        entry = { start: nowMs, count: 0 };
        windows.set(key, entry);
        for (const [oldest, value] of windows) {
          if (windows.size <= maxKeys && nowMs - value.start < windowMs) break;
          windows.delete(oldest);
        }
      }
      entry.count++;
      return entry.count <= max;
    },
  };
}

/** Counts one hit of `key` in the fixed window starting at `windowStart`, atomically, in storage every instance shares. */
export type WindowCounter = { hit: (scope: string, key: string, windowStart: Date) => Promise<number> };

/** Fixed windows of `windowMs`, counted in shared storage (the database), so several instances enforce one limit. */
export function createStoredRateLimiter(counter: WindowCounter, { scope, max, windowMs }: { scope: string } & WindowLimit): RateLimiter {
  return {
    async hit(key, nowMs) {
      const windowStart = new Date(Math.floor(nowMs / windowMs) * windowMs);
      return (await counter.hit(scope, key, windowStart)) <= max;
    },
  };
}
