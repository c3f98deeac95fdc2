/** Whether one more lookup from `key` is allowed now; stored limiters (createStoredLookupLimiter) answer asynchronously. */
export type LookupLimiter = { allow: (key: string, nowMs: number) => boolean | Promise<boolean> };

/**
 * Fixed one-minute windows per key plus one window for all keys together, so rotating addresses
 * (or a spoofed X-Forwarded-For) cannot lift the total. In memory: one process, reset on restart.
 */
export function createLookupLimiter({ perKey, total, windowMs = 60_000, maxKeys = 10_000 }: { perKey: number; total: number; windowMs?: number; maxKeys?: number }): LookupLimiter {
  const counts = new Map<string, number>();
  let windowStart = -Infinity;
  let all = 0;
  return {
    allow(key, nowMs) {
      if (nowMs - windowStart >= windowMs) {
        windowStart = nowMs;
        counts.clear();
        all = 0;
      }
      const count = (counts.get(key) ?? 0) + 1;
      if (counts.size < maxKeys || counts.has(key)) counts.set(key, count);
      all++;
      return count <= perKey && all <= total;
    },
  };
}

export const SHARE_LOOKUP_LIMITS = { perKey: 30, total: 600 } as const;
