import { createMemoryRateLimiter, type RateLimiter } from "../rate-limiter";

/**
 * Share-link lookups: a budget per client address for every lookup, and one ceiling for the failed
 * lookups of everyone together. Only the per-address budget ever refuses a valid token, so guessing
 * elsewhere (even from many addresses) never locks a link's viewers out.
 */
export type LookupLimiter = {
  /** Counts one lookup from `clientKey`; false once that address has used its budget for the window. */
  admit: (clientKey: string, nowMs: number) => Promise<boolean>;
  /** Counts one failed lookup (refused, malformed, unknown, revoked or expired); false once past the ceiling. */
  recordFailure: (nowMs: number) => Promise<boolean>;
};

export type LookupLimits = { perKey: number; total: number; windowMs?: number; maxKeys?: number };

/** In memory by default; pass `limiterFor` to keep the counts elsewhere (e.g. a database shared by several instances). */
export function createLookupLimiter(
  { perKey, total, windowMs = 60_000, maxKeys = 10_000 }: LookupLimits,
  limiterFor: (limit: { name: "address" | "failures"; max: number; windowMs: number; maxKeys: number }) => RateLimiter = createMemoryRateLimiter,
): LookupLimiter {
  const perAddress = limiterFor({ name: "address", max: perKey, windowMs, maxKeys });
  const failures = limiterFor({ name: "failures", max: total, windowMs, maxKeys: 1 });
  return {
    admit: (clientKey, nowMs) => perAddress.hit(clientKey, nowMs),
    recordFailure: (nowMs) => failures.hit("all", nowMs),
  };
}

export const SHARE_LOOKUP_LIMITS = { perKey: 30, total: 600 } as const;
