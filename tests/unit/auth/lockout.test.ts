import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCKOUT_CONFIG,
  emailLockKey,
  ipLockKey,
  lockoutConfigFromEnv,
  lockSchedule,
  lockoutMessage,
  nextAttemptState,
  remainingLockSeconds,
  type AttemptState,
  type LockoutConfig,
} from "@/lib/auth/lockout";

const config: LockoutConfig = {
  maxFailures: 3,
  maxFailuresPerIp: 6,
  lockSeconds: 60,
  maxLockSeconds: 600,
  failureWindowSeconds: 900,
};
const T0 = new Date("2026-03-02T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const EMAIL = emailLockKey("Sam@Example.com");

function state(failures: number, lastFailureSec: number, lockedUntilSec: number | null): AttemptState {
  return { failures, lastFailureAt: at(lastFailureSec), lockedUntil: lockedUntilSec === null ? null : at(lockedUntilSec) };
}

describe("nextAttemptState", () => {
  it.each([
    ["first failure", null, 0, EMAIL, state(1, 0, null)],
    ["below the threshold", state(1, 0, null), 10, EMAIL, state(2, 10, null)],
    ["reaching the threshold locks for lockSeconds", state(2, 10, null), 20, EMAIL, state(3, 20, 80)],
    ["one more doubles", state(3, 20, 80), 100, EMAIL, state(4, 100, 220)],
    ["two more quadruple", state(4, 100, 220), 300, EMAIL, state(5, 300, 540)],
    ["the lock is capped", state(9, 300, 900), 1000, EMAIL, state(10, 1000, 1600)],
    ["a failure just inside the window keeps counting", state(2, 0, null), 900, EMAIL, state(3, 900, 960)],
    ["a quiet window resets the count", state(2, 0, null), 901, EMAIL, state(1, 901, null)],
    ["the window runs from the end of the lock", state(5, 0, 1200), 2000, EMAIL, state(6, 2000, 2480)],
    ["and resets a full window after the lock", state(5, 0, 1200), 2101, EMAIL, state(1, 2101, null)],
    ["addresses use their own threshold", state(3, 0, null), 10, ipLockKey("203.0.113.9"), state(4, 10, null)],
    ["addresses lock at theirs", state(5, 0, null), 10, ipLockKey("203.0.113.9"), state(6, 10, 70)],
  ])("%s", (_name, previous, nowSec, key, expected) => {
    expect(nextAttemptState(previous, at(nowSec), config, key)).toEqual(expected);
  });

  it("never locks an address when its threshold is 0", () => {
    const noIp = { ...config, maxFailuresPerIp: 0 };
    expect(nextAttemptState(state(50, 0, null), at(1), noIp, ipLockKey("198.51.100.1")).lockedUntil).toBeNull();
  });

  it("stays finite for huge failure counts", () => {
    const next = nextAttemptState(state(10_000, 0, null), at(1), config, EMAIL);
    expect(next.lockedUntil).toEqual(at(601));
  });
});

describe("remainingLockSeconds", () => {
  it.each([
    ["no state", null, 0, 0],
    ["not locked", state(2, 0, null), 5, 0],
    ["locked", state(3, 0, 60), 0, 60],
    ["partial seconds round up", state(3, 0, 60), 59.2, 1],
    ["expired", state(3, 0, 60), 60, 0],
  ])("%s", (_name, s, nowSec, expected) => {
    expect(remainingLockSeconds(s, at(nowSec))).toBe(expected);
  });
});

describe("lockoutMessage", () => {
  it.each([
    [1, "Too many failed sign-ins. Try again in 1 minute."],
    [60, "Too many failed sign-ins. Try again in 1 minute."],
    [61, "Too many failed sign-ins. Try again in 2 minutes."],
    [3600, "Too many failed sign-ins. Try again in 60 minutes."],
  ])("%i s → %s", (seconds, expected) => {
    expect(lockoutMessage(seconds)).toBe(expected);
  });
});

describe("lock keys", () => {
  it.each([
    ["Sam@Example.COM", "email:sam@example.com"],
    ["  sam@example.com ", "email:sam@example.com"],
  ])("%j → %s", (email, key) => {
    expect(emailLockKey(email)).toBe(key);
  });
});

describe("lockoutConfigFromEnv", () => {
  it.each([
    ["defaults", {}, DEFAULT_LOCKOUT_CONFIG],
    ["empty values keep defaults", { LOGIN_MAX_FAILURES: "" }, DEFAULT_LOCKOUT_CONFIG],
    [
      "the per-address limit follows the per-email one",
      { LOGIN_MAX_FAILURES: "3" },
      { ...DEFAULT_LOCKOUT_CONFIG, maxFailures: 3, maxFailuresPerIp: 12 },
    ],
    [
      "every variable",
      {
        LOGIN_MAX_FAILURES: "2",
        LOGIN_MAX_FAILURES_PER_IP: "0",
        LOGIN_LOCKOUT_SECONDS: "5",
        LOGIN_MAX_LOCKOUT_SECONDS: "40",
        LOGIN_FAILURE_WINDOW_SECONDS: "30",
      },
      { maxFailures: 2, maxFailuresPerIp: 0, lockSeconds: 5, maxLockSeconds: 40, failureWindowSeconds: 30 },
    ],
    [
      "the cap is never below the first lock",
      { LOGIN_LOCKOUT_SECONDS: "7200" },
      { ...DEFAULT_LOCKOUT_CONFIG, lockSeconds: 7200, maxLockSeconds: 7200 },
    ],
  ])("%s", (_name, env, expected) => {
    expect(lockoutConfigFromEnv(env)).toEqual(expected);
  });

  it.each([
    [{ LOGIN_MAX_FAILURES: "five" }, /LOGIN_MAX_FAILURES must be a whole number/],
    [{ LOGIN_MAX_FAILURES: "0" }, /LOGIN_MAX_FAILURES must be a whole number of at least 1/],
    [{ LOGIN_LOCKOUT_SECONDS: "1.5" }, /LOGIN_LOCKOUT_SECONDS/],
    [{ LOGIN_FAILURE_WINDOW_SECONDS: "-3" }, /LOGIN_FAILURE_WINDOW_SECONDS/],
  ])("refuses %j", (env, message) => {
    expect(() => lockoutConfigFromEnv(env)).toThrow(message);
  });
});

describe("lockSchedule", () => {
  const configs = fc.record({
    maxFailures: fc.integer({ min: 1, max: 20 }),
    maxFailuresPerIp: fc.integer({ min: 0, max: 50 }),
    lockSeconds: fc.integer({ min: 1, max: 3600 }),
    maxLockSeconds: fc.integer({ min: 1, max: 86_400 * 7 }),
    failureWindowSeconds: fc.integer({ min: 1, max: 86_400 }),
  }).map((c) => ({ ...c, maxLockSeconds: Math.max(c.maxLockSeconds, c.lockSeconds) }));

  it("locks every count exactly as nextAttemptState does (what the database applies in one statement)", () => {
    const now = new Date("2026-03-02T10:00:00Z");
    fc.assert(
      fc.property(configs, fc.integer({ min: 1, max: 200 }), fc.constantFrom(emailLockKey("sam@example.com"), ipLockKey("203.0.113.7")), (config, failures, key) => {
        const previous = { failures: failures - 1, lastFailureAt: now, lockedUntil: null };
        const expected = nextAttemptState(failures > 1 ? previous : null, now, config, key).lockedUntil;
        const step = lockSchedule(now, config, key).findLast((s) => failures >= s.failures);
        expect(step?.until ?? null).toEqual(expected);
      }),
      { numRuns: 10_000 },
    );
  });
});
