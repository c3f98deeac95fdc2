import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  claimLoginAttempt,
  clearEmailLoginAttempts,
  clearLoginAttempts,
  deleteStaleLoginAttempts,
  getLoginAttempt,
  listLoginAttempts,
  recordLoginFailure,
  releaseLoginAttempt,
  settleLoginSuccess,
} from "@/db/queries/login-attempts";
import { deviceLockKey, emailLockKey, ipLockKey, type LockoutConfig } from "@/lib/auth/lockout";
import { createTempDb, type TempDb } from "@/tests/helpers/temp-db";

const config: LockoutConfig = { maxFailures: 3, maxFailuresPerIp: 5, lockSeconds: 60, maxLockSeconds: 3600, failureWindowSeconds: 900 };
const T0 = new Date("2026-03-02T10:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const KEY = emailLockKey("sam@example.com");

let temp: TempDb;
beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(() => temp.cleanup());

describe("login attempts", () => {
  it("counts failures and locks at the threshold, stored across connections", async () => {
    await recordLoginFailure(temp.db, KEY, at(0), config);
    await recordLoginFailure(temp.db, KEY, at(1), config);
    const third = await recordLoginFailure(temp.db, KEY, at(2), config);
    expect(third).toEqual({ failures: 3, lastFailureAt: at(2), lockedUntil: at(62) });
    expect(await getLoginAttempt(temp.reopen(), KEY)).toEqual(third);
  });

  it("keeps keys apart and lists only those that exist", async () => {
    const ip = ipLockKey("203.0.113.7");
    await recordLoginFailure(temp.db, KEY, at(0), config);
    await recordLoginFailure(temp.db, ip, at(0), config);
    await recordLoginFailure(temp.db, ip, at(1), config);
    const listed = await listLoginAttempts(temp.db, [KEY, ip, emailLockKey("other@example.com")]);
    expect([...listed.keys()].sort()).toEqual([KEY, ip].sort());
    expect(listed.get(ip)?.failures).toBe(2);
    expect(listed.get(KEY)?.failures).toBe(1);
    expect(await listLoginAttempts(temp.db, [])).toEqual(new Map());
  });

  it("clears one key only", async () => {
    const other = emailLockKey("kim@example.com");
    await recordLoginFailure(temp.db, KEY, at(0), config);
    await recordLoginFailure(temp.db, other, at(0), config);
    await clearLoginAttempts(temp.db, KEY);
    expect(await getLoginAttempt(temp.db, KEY)).toBeNull();
    expect(await getLoginAttempt(temp.db, other)).not.toBeNull();
  });

  it("clears an e-mail's own key and its browsers' keys, and nothing else, whatever the e-mail holds", async () => {
    const odd = "s_m%1@example.com";
    const keep = [emailLockKey("s_m%1@example.co"), emailLockKey("sxm%1@example.com"), deviceLockKey("other@example.com", "d1"), ipLockKey("203.0.113.7")];
    const gone = [emailLockKey(odd), deviceLockKey(odd, "d1"), deviceLockKey(odd, "d2")];
    for (const key of [...keep, ...gone]) await recordLoginFailure(temp.db, key, at(0), config);
    await clearEmailLoginAttempts(temp.db, odd.toUpperCase());
    expect([...(await listLoginAttempts(temp.db, [...keep, ...gone])).keys()].sort()).toEqual([...keep].sort());
  });

  it("deletes only rows quiet since the cut-off", async () => {
    const locked = emailLockKey("locked@example.com");
    const recent = emailLockKey("recent@example.com");
    await recordLoginFailure(temp.db, KEY, at(0), config);
    for (let i = 0; i < 3; i++) await recordLoginFailure(temp.db, locked, at(i), config);
    await recordLoginFailure(temp.db, recent, at(500), config);
    expect(await deleteStaleLoginAttempts(temp.db, at(30))).toBe(1);
    expect(await getLoginAttempt(temp.db, KEY)).toBeNull();
    expect(await getLoginAttempt(temp.db, locked)).not.toBeNull();
    expect(await getLoginAttempt(temp.db, recent)).not.toBeNull();
  });

  it("counts every failure recorded through two connections to one file", async () => {
    const second = temp.reopen();
    const roomy = { ...config, maxFailures: 100 };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => recordLoginFailure(i % 2 ? temp.db : second, KEY, at(i), roomy)),
    );
    expect((await getLoginAttempt(temp.db, KEY))?.failures).toBe(10);
  });
});

describe("claiming attempts before the password is checked", () => {
  it("locks on the claim that reaches the threshold and refuses later claims without counting them", async () => {
    const claims = [];
    for (let i = 0; i < 5; i++) claims.push(await claimLoginAttempt(temp.db, KEY, at(0), config));
    expect(claims.map((c) => c.allowed)).toEqual([true, true, true, false, false]);
    expect(claims[2]).toMatchObject({ allowed: true, failures: 3, state: { lockedUntil: at(60) } });
    expect(claims[4]).toEqual({ allowed: false, state: { failures: 3, lastFailureAt: at(0), lockedUntil: at(60) } });
  });

  it("refuses claims on two connections to one file once the first of them locked the key", async () => {
    const second = temp.reopen();
    const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => claimLoginAttempt(i % 2 ? temp.db : second, KEY, at(0), config)));
    expect(claims.filter((c) => c.allowed)).toHaveLength(config.maxFailures);
  });

  it("doubles the lock for a claim after the lock ended, up to the longest lock", async () => {
    for (let i = 0; i < 3; i++) await claimLoginAttempt(temp.db, KEY, at(0), config);
    expect((await claimLoginAttempt(temp.db, KEY, at(61), config)).state?.lockedUntil).toEqual(at(61 + 120));
    expect((await claimLoginAttempt(temp.db, KEY, at(182), config)).state?.lockedUntil).toEqual(at(182 + 240));
    const short = { ...config, maxLockSeconds: 300 };
    expect((await claimLoginAttempt(temp.db, KEY, at(423), short)).state?.lockedUntil).toEqual(at(423 + 300));
  });

  it("starts again after a quiet window, also for a key whose lock ended long ago", async () => {
    for (let i = 0; i < 3; i++) await claimLoginAttempt(temp.db, KEY, at(0), config);
    const later = await claimLoginAttempt(temp.db, KEY, at(60 + config.failureWindowSeconds + 1), config);
    expect(later).toMatchObject({ allowed: true, failures: 1, state: { lockedUntil: null } });
  });

  it("a success keeps only the claims made after it; an unlocked empty row is deleted", async () => {
    const first = await claimLoginAttempt(temp.db, KEY, at(0), config);
    const right = await claimLoginAttempt(temp.db, KEY, at(0), config);
    await claimLoginAttempt(temp.db, KEY, at(0), config);
    if (!right.allowed || !first.allowed) throw new Error("claims should be allowed");
    await settleLoginSuccess(temp.db, KEY, right.failures, config);
    expect(await getLoginAttempt(temp.db, KEY)).toEqual({ failures: 1, lastFailureAt: at(0), lockedUntil: null });
    await settleLoginSuccess(temp.db, KEY, 1, config);
    expect(await getLoginAttempt(temp.db, KEY)).toBeNull();
  });

  it("a released claim stops counting and lifts the lock it started", async () => {
    for (let i = 0; i < 3; i++) await claimLoginAttempt(temp.db, KEY, at(0), config);
    await releaseLoginAttempt(temp.db, KEY, config);
    expect(await getLoginAttempt(temp.db, KEY)).toEqual({ failures: 2, lastFailureAt: at(0), lockedUntil: null });
    await releaseLoginAttempt(temp.db, emailLockKey("nobody@example.com"), config);
    expect(await getLoginAttempt(temp.db, emailLockKey("nobody@example.com"))).toBeNull();
  });

  it("never locks an address key when the per-address limit is off", async () => {
    const ip = ipLockKey("203.0.113.7");
    const off = { ...config, maxFailuresPerIp: 0 };
    for (let i = 0; i < 30; i++) expect((await claimLoginAttempt(temp.db, ip, at(i), off)).allowed).toBe(true);
    expect(await getLoginAttempt(temp.db, ip)).toMatchObject({ failures: 30, lockedUntil: null });
  });
});
