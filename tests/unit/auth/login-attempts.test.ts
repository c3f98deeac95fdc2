import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  clearLoginAttempts,
  deleteStaleLoginAttempts,
  getLoginAttempt,
  listLoginAttempts,
  recordLoginFailure,
} from "@/db/queries/login-attempts";
import { emailLockKey, ipLockKey, type LockoutConfig } from "@/lib/auth/lockout";
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
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => recordLoginFailure(i % 2 ? temp.db : second, KEY, at(i), config)),
    );
    expect((await getLoginAttempt(temp.db, KEY))?.failures).toBe(10);
  });
});
