import type { LookupLimiter } from "./lookup-limit";

/** Counts hits of `key` in the fixed window starting at `windowStart`, atomically, in storage every instance shares. */
export type WindowCounter = { hit: (key: string, windowStart: Date) => Promise<number> };

const ALL_KEYS = "*";

/**
 * The share-link lookup limit of createLookupLimiter (per key and for all keys together, per window)
 * counted in shared storage, so that several app instances enforce one limit. Windows are fixed
 * slots of `windowMs`; once the total is spent no per-key row is written, so the stored rows per
 * window stay below `total`.
 */
export function createStoredLookupLimiter(
  counter: WindowCounter,
  { scope, perKey, total, windowMs = 60_000 }: { scope: string; perKey: number; total: number; windowMs?: number },
): LookupLimiter {
  return {
    async allow(key, nowMs) {
      const windowStart = new Date(Math.floor(nowMs / windowMs) * windowMs);
      if ((await counter.hit(`${scope}:${ALL_KEYS}`, windowStart)) > total) return false;
      return (await counter.hit(`${scope}:key:${key}`, windowStart)) <= perKey;
    },
  };
}
