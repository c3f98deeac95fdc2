import { z } from "zod";

export type LockoutConfig = {
  maxFailures: number;
  maxFailuresPerIp: number;
  lockSeconds: number;
  maxLockSeconds: number;
  failureWindowSeconds: number;
};

export type AttemptState = {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
};

export const DEFAULT_LOCKOUT_CONFIG: LockoutConfig = {
  maxFailures: 5,
  maxFailuresPerIp: 20,
  lockSeconds: 60,
  maxLockSeconds: 60 * 60,
  failureWindowSeconds: 15 * 60,
};

export const LOCKOUT_ENV = {
  maxFailures: "LOGIN_MAX_FAILURES",
  maxFailuresPerIp: "LOGIN_MAX_FAILURES_PER_IP",
  lockSeconds: "LOGIN_LOCKOUT_SECONDS",
  maxLockSeconds: "LOGIN_MAX_LOCKOUT_SECONDS",
  failureWindowSeconds: "LOGIN_FAILURE_WINDOW_SECONDS",
} as const satisfies Record<keyof LockoutConfig, string>;

const MINIMUMS: Record<keyof LockoutConfig, number> = {
  maxFailures: 1,
  maxFailuresPerIp: 0,
  lockSeconds: 1,
  maxLockSeconds: 1,
  failureWindowSeconds: 1,
};

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the LOGIN_* variables; an unset or empty one keeps its default, a malformed one throws. */
export function lockoutConfigFromEnv(env: Env): LockoutConfig {
  const config = { ...DEFAULT_LOCKOUT_CONFIG };
  for (const field of Object.keys(LOCKOUT_ENV) as (keyof LockoutConfig)[]) {
    const name = LOCKOUT_ENV[field];
    const raw = env[name]?.trim();
    if (!raw) continue;
    const parsed = z
      .string()
      .regex(/^\d+$/)
      .transform(Number)
      .pipe(z.number().int().min(MINIMUMS[field]))
      .safeParse(raw);
    if (!parsed.success) {
      throw new Error(`${name} must be a whole number of at least ${MINIMUMS[field]} (got "${raw}")`);
    }
    config[field] = parsed.data;
  }
  if (!env[LOCKOUT_ENV.maxFailuresPerIp]?.trim()) config.maxFailuresPerIp = config.maxFailures * 4;
  config.maxLockSeconds = Math.max(config.maxLockSeconds, config.lockSeconds);
  return config;
}

export function emailLockKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

/**
 * A browser that signed in to an account before counts its failures on its own key (see docs/auth.md),
 * under the e-mail's key so that clearing an e-mail's lockout clears its browsers' too.
 */
export function deviceLockKey(email: string, deviceId: string): string {
  return `${emailLockKey(email)}${DEVICE_KEY_SEPARATOR}${deviceId}`;
}

export const DEVICE_KEY_SEPARATOR = "#device:";

export function ipLockKey(ip: string): string {
  return `ip:${ip}`;
}

export function isIpLockKey(key: string): boolean {
  return key.startsWith("ip:");
}

/** Seconds until `state` unlocks; 0 when it is not locked at `now`. */
export function remainingLockSeconds(state: AttemptState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

function lastActivity(state: AttemptState): number {
  return Math.max(state.lastFailureAt.getTime(), state.lockedUntil?.getTime() ?? 0);
}

/**
 * The state after one more failed sign-in. Counting restarts once a whole window has passed
 * with neither a failure nor a lock; from the threshold on each failure locks the key for
 * lockSeconds, doubling per further failure up to maxLockSeconds.
 */
export function nextAttemptState(
  previous: AttemptState | null,
  now: Date,
  config: LockoutConfig,
  key: string,
): AttemptState {
  const threshold = thresholdForKey(key, config);
  const isStale = previous !== null && now.getTime() - lastActivity(previous) > config.failureWindowSeconds * 1000;
  const failures = (previous && !isStale ? previous.failures : 0) + 1;
  if (threshold < 1 || failures < threshold) return { failures, lastFailureAt: now, lockedUntil: null };
  return { failures, lastFailureAt: now, lockedUntil: new Date(now.getTime() + lockSeconds(failures - threshold, config) * 1000) };
}

const MAX_DOUBLINGS = 30;

function lockSeconds(doublings: number, config: LockoutConfig): number {
  return Math.min(config.lockSeconds * 2 ** Math.min(doublings, MAX_DOUBLINGS), config.maxLockSeconds);
}

/**
 * The lock that starts at `now` for each count from the threshold on, until the longest lock: a count
 * at or above an entry's `failures` (and below the next one's) locks until its `until`. Empty for a key
 * that never locks. The database applies it in one statement (db/queries/login-attempts.ts).
 */
export function lockSchedule(now: Date, config: LockoutConfig, key: string): { failures: number; until: Date }[] {
  const threshold = thresholdForKey(key, config);
  if (threshold < 1) return [];
  const schedule: { failures: number; until: Date }[] = [];
  for (let doublings = 0; doublings <= MAX_DOUBLINGS; doublings++) {
    const seconds = lockSeconds(doublings, config);
    schedule.push({ failures: threshold + doublings, until: new Date(now.getTime() + seconds * 1000) });
    if (seconds >= config.maxLockSeconds) break;
  }
  return schedule;
}

/** How many failures lock a key: the per-address limit for "ip:" keys (0 = never), else the per-e-mail one. */
export function thresholdForKey(key: string, config: LockoutConfig): number {
  return isIpLockKey(key) ? config.maxFailuresPerIp : config.maxFailures;
}

export function lockoutMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
