import { sql, type SQL } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { createAuth } from "@/app/_server/create-auth";
import { saveCheckin } from "@/db/queries/checkins";
import { recordLoginFailure } from "@/db/queries/login-attempts";
import { saveProfile } from "@/db/queries/profiles";
import { emailLockKey, type LockoutConfig } from "@/lib/auth/lockout";
import { checkinSchema } from "@/lib/validation/checkin";
import { makeProfile } from "@/tests/helpers/factories";
import { createTempDb, rawRows, type TempDb } from "@/tests/helpers/temp-db";

const BASE_URL = "http://localhost:3999";
const lockout: LockoutConfig = { maxFailures: 5, maxFailuresPerIp: 0, lockSeconds: 60, maxLockSeconds: 3600, failureWindowSeconds: 900 };
const PASSWORD = "correct horse battery";

let temp: TempDb;
let auth: ReturnType<typeof createAuth>;

function request(path: string, body: unknown, cookie?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", origin: BASE_URL };
  if (cookie) headers.cookie = cookie;
  return new Request(`${BASE_URL}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) });
}

function sessionCookie(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
  if (!cookie) throw new Error(`no session cookie (status ${res.status})`);
  return cookie.split(";")[0]!;
}

async function signUpWithData(email: string) {
  const res = await auth.handler(request("/sign-up/email", { email, password: PASSWORD, name: email.split("@")[0] }));
  expect(res.status).toBe(200);
  const { user } = (await res.json()) as { user: { id: string } };
  await saveProfile(
    temp.db,
    user.id,
    makeProfile({ displayName: email }),
  );
  for (const week of ["2026-W08", "2026-W09"]) {
    await saveCheckin(temp.db, user.id, checkinSchema.parse({ week, hours: { meetings: 10, execution: 10, mentoring: 5, other: 5 } }));
  }
  await recordLoginFailure(temp.db, emailLockKey(email), new Date(), lockout);
  return { userId: user.id, cookie: sessionCookie(res) };
}

async function rowsOf(userId: string, email: string) {
  const count = async (query: SQL) => (await rawRows(temp.db, query))[0]!.n;
  return {
    users: await count(sql`select count(*) as n from users where id = ${userId}`),
    sessions: await count(sql`select count(*) as n from sessions where user_id = ${userId}`),
    accounts: await count(sql`select count(*) as n from accounts where user_id = ${userId}`),
    profiles: await count(sql`select count(*) as n from profiles where user_id = ${userId}`),
    checkins: await count(sql`select count(*) as n from checkins where user_id = ${userId}`),
    loginAttempts: await count(sql`select count(*) as n from login_attempts where key = ${emailLockKey(email)}`),
  };
}

beforeEach(async () => {
  temp = await createTempDb();
  auth = createAuth({
    db: temp.db,
    secret: "test-secret-that-is-at-least-32-characters-long",
    baseURL: BASE_URL,
    allowSignup: true,
    lockout,
    rateLimit: { enabled: false, max: 3, windowSeconds: 10 },
    logger: { disabled: true },
  });
});
afterEach(() => temp.cleanup());

describe("deleting an account", () => {
  it("removes every row of that leader and leaves another leader untouched", async () => {
    const sam = await signUpWithData("sam@example.com");
    const kim = await signUpWithData("kim@example.com");
    const kimBefore = await rowsOf(kim.userId, "kim@example.com");
    expect(await rowsOf(sam.userId, "sam@example.com")).toEqual({ users: 1, sessions: 1, accounts: 1, profiles: 1, checkins: 2, loginAttempts: 1 });

    const res = await auth.handler(request("/delete-user", { password: PASSWORD }, sam.cookie));
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("better-auth.session_token=;") || /Max-Age=0/i.test(c))).toBe(true);

    expect(await rowsOf(sam.userId, "sam@example.com")).toEqual({ users: 0, sessions: 0, accounts: 0, profiles: 0, checkins: 0, loginAttempts: 0 });
    expect(await rowsOf(kim.userId, "kim@example.com")).toEqual(kimBefore);
  });

  it("refuses a wrong password and deletes nothing", async () => {
    const sam = await signUpWithData("sam@example.com");
    const before = await rowsOf(sam.userId, "sam@example.com");
    const res = await auth.handler(request("/delete-user", { password: "not my password" }, sam.cookie));
    expect(res.status).toBe(400);
    expect(await rowsOf(sam.userId, "sam@example.com")).toEqual(before);
  });

  it("refuses without a session", async () => {
    const res = await auth.handler(request("/delete-user", { password: PASSWORD }));
    expect(res.status).toBe(401);
  });
});

describe("changing the password", () => {
  it("stores the new hash and signs out the other sessions", async () => {
    const sam = await signUpWithData("sam@example.com");
    const other = sessionCookie(await auth.handler(request("/sign-in/email", { email: "sam@example.com", password: PASSWORD })));
    expect((await rowsOf(sam.userId, "sam@example.com")).sessions).toBe(2);

    const res = await auth.handler(
      request("/change-password", { currentPassword: PASSWORD, newPassword: "a brand new password", revokeOtherSessions: true }, sam.cookie),
    );
    expect(res.status).toBe(200);
    expect((await rowsOf(sam.userId, "sam@example.com")).sessions).toBe(1);
    const [stored] = (await rawRows(temp.db, sql`select password from accounts where user_id = ${sam.userId}`)) as Array<{ password: string }>;
    expect(await verifyPassword({ hash: stored!.password, password: "a brand new password" })).toBe(true);

    const session = await auth.api.getSession({ headers: new Headers({ cookie: other }) });
    expect(session).toBeNull();
    const oldPassword = await auth.handler(request("/sign-in/email", { email: "sam@example.com", password: PASSWORD }));
    expect(oldPassword.status).toBe(401);
  });

  it("refuses a wrong current password", async () => {
    const sam = await signUpWithData("sam@example.com");
    const res = await auth.handler(
      request("/change-password", { currentPassword: "wrong password", newPassword: "a brand new password" }, sam.cookie),
    );
    expect(res.status).toBe(400);
    const signIn = await auth.handler(request("/sign-in/email", { email: "sam@example.com", password: PASSWORD }));
    expect(signIn.status).toBe(200);
  });
});
