import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getLoginAttempt, recordLoginFailure } from "@/db/queries/login-attempts";
import { getUserByEmail, resetUserPassword } from "@/db/queries/users";
import { DEFAULT_LOCKOUT_CONFIG, emailLockKey } from "@/lib/auth/lockout";
import { createTempDb, rawRows, type TempDb } from "@/tests/helpers/temp-db";

let temp: TempDb;

async function addUser(id: string, email: string, { withPassword = true, sessionCount = 1 } = {}) {
  const { accounts, sessions, users } = temp.db.tables;
  await temp.db.insert(users).values({ id, name: id, email });
  if (withPassword) {
    await temp.db.insert(accounts).values({ id: `acc-${id}`, accountId: id, providerId: "credential", userId: id, password: "old-hash" });
  }
  for (let i = 0; i < sessionCount; i++) {
    await temp.db
      .insert(sessions)
      .values({ id: `s-${id}-${i}`, token: `t-${id}-${i}`, userId: id, expiresAt: new Date(Date.now() + 86_400_000) });
  }
}

const passwordOf = async (userId: string) =>
  (await rawRows(temp.db, sql`select password from accounts where user_id = ${userId} and provider_id = 'credential'`))[0]?.password;
const sessionsOf = async (userId: string) => (await rawRows(temp.db, sql`select count(*) as n from sessions where user_id = ${userId}`))[0]!.n;

beforeEach(async () => {
  temp = await createTempDb();
});
afterEach(() => temp.cleanup());

describe("getUserByEmail", () => {
  it.each([
    ["sam@example.com", "sam"],
    ["  SAM@Example.com ", "sam"],
    ["nobody@example.com", null],
  ])("%j → %s", async (email, id) => {
    await addUser("sam", "sam@example.com");
    expect((await getUserByEmail(temp.db, email))?.id ?? null).toBe(id);
  });
});

describe("resetUserPassword", () => {
  it("replaces the hash, revokes the sessions and clears the lockout of that user only", async () => {
    await addUser("sam", "sam@example.com", { sessionCount: 3 });
    await addUser("kim", "kim@example.com", { sessionCount: 2 });
    for (const email of ["sam@example.com", "kim@example.com"]) {
      await recordLoginFailure(temp.db, emailLockKey(email), new Date(), DEFAULT_LOCKOUT_CONFIG);
    }

    const result = await resetUserPassword(temp.db, "Sam@Example.com", "new-hash");

    expect(result).toEqual({ user: { id: "sam", email: "sam@example.com", name: "sam" }, revokedSessions: 3 });
    expect(await passwordOf("sam")).toBe("new-hash");
    expect(await sessionsOf("sam")).toBe(0);
    expect(await getLoginAttempt(temp.db, emailLockKey("sam@example.com"))).toBeNull();
    expect(await passwordOf("kim")).toBe("old-hash");
    expect(await sessionsOf("kim")).toBe(2);
    expect(await getLoginAttempt(temp.db, emailLockKey("kim@example.com"))).not.toBeNull();
  });

  it("creates the credential when the user had none", async () => {
    await addUser("sam", "sam@example.com", { withPassword: false, sessionCount: 0 });
    expect(await resetUserPassword(temp.db, "sam@example.com", "new-hash")).toMatchObject({ revokedSessions: 0 });
    expect(await passwordOf("sam")).toBe("new-hash");
  });

  it("returns null for an unknown email and writes nothing", async () => {
    await addUser("sam", "sam@example.com");
    expect(await resetUserPassword(temp.db, "nobody@example.com", "new-hash")).toBeNull();
    expect(await passwordOf("sam")).toBe("old-hash");
    expect(await sessionsOf("sam")).toBe(1);
  });
});
