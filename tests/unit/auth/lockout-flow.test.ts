import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuth, type CreateAuthOptions } from "@/app/_server/create-auth";
import { getLoginAttempt } from "@/db/queries/login-attempts";
import { emailLockKey, ipLockKey, type LockoutConfig } from "@/lib/auth/lockout";
import { createTempDb, rawRows, type TempDb } from "@/tests/helpers/temp-db";

const SECRET = "test-secret-that-is-at-least-32-characters-long";
const BASE_URL = "http://localhost:3999";
const lockout: LockoutConfig = { maxFailures: 3, maxFailuresPerIp: 0, lockSeconds: 60, maxLockSeconds: 3600, failureWindowSeconds: 900 };
const EMAIL = "sam@example.com";
const PASSWORD = "correct horse battery";

let temp: TempDb;
let clock: Date;

function authFor(db = temp.db, overrides: Partial<CreateAuthOptions> = {}) {
  return createAuth({
    db,
    secret: SECRET,
    baseURL: BASE_URL,
    allowSignup: true,
    lockout,
    rateLimit: { enabled: false, max: 3, windowSeconds: 10 },
    now: () => clock,
    logger: { disabled: true },
    ...overrides,
  });
}

function post(path: string, body: unknown, ip = "203.0.113.5", base = BASE_URL) {
  return new Request(`${base}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip },
    body: JSON.stringify(body),
  });
}

beforeEach(async () => {
  temp = await createTempDb();
  clock = new Date("2026-03-02T10:00:00Z");
  await authFor().api.signUpEmail({ body: { email: EMAIL, password: PASSWORD, name: "sam" } });
});
afterEach(() => temp.cleanup());

describe("sign-in lockout through better-auth", () => {
  it("refuses the attempt after N failures with 429, even with the right password, until the lock expires", async () => {
    const auth = authFor();
    for (let i = 0; i < lockout.maxFailures; i++) {
      const res = await auth.handler(post("/sign-in/email", { email: EMAIL, password: `wrong password ${i}` }));
      expect(res.status).toBe(401);
    }
    const locked = await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }));
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("60");
    expect(await locked.json()).toMatchObject({
      code: "SIGN_IN_LOCKED",
      message: "Too many failed sign-ins. Try again in 1 minute.",
    });

    clock = new Date(clock.getTime() + 61_000);
    const after = await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }));
    expect(after.status).toBe(200);
    expect(await getLoginAttempt(temp.db, emailLockKey(EMAIL))).toBeNull();
  });

  it("counts the email however it is capitalised and from any address", async () => {
    const auth = authFor();
    await auth.handler(post("/sign-in/email", { email: "SAM@example.com", password: "wrong one" }, "198.51.100.1"));
    await auth.handler(post("/sign-in/email", { email: "Sam@Example.com", password: "wrong two" }, "198.51.100.2"));
    await auth.handler(post("/sign-in/email", { email: EMAIL, password: "wrong three" }, "198.51.100.3"));
    const res = await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }, "198.51.100.4"));
    expect(res.status).toBe(429);
  });

  it("keeps the count in the database: a new instance on a new connection still refuses", async () => {
    const first = authFor();
    for (let i = 0; i < lockout.maxFailures; i++) {
      await first.api.signInEmail({ body: { email: EMAIL, password: "nope nope nope" }, asResponse: true });
    }
    const restarted = authFor(temp.reopen());
    await expect(restarted.api.signInEmail({ body: { email: EMAIL, password: PASSWORD } })).rejects.toMatchObject({
      statusCode: 429,
      message: "Too many failed sign-ins. Try again in 1 minute.",
    });
  });

  it("doubles the lock for each failure after it expires, and a success resets the count", async () => {
    const auth = authFor();
    const fail = () => auth.handler(post("/sign-in/email", { email: EMAIL, password: "wrong password" }));
    for (let i = 0; i < lockout.maxFailures; i++) await fail();
    clock = new Date(clock.getTime() + 61_000);
    expect((await fail()).status).toBe(401);
    const res = await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }));
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ message: "Too many failed sign-ins. Try again in 2 minutes." });

    clock = new Date(clock.getTime() + 121_000);
    expect((await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }))).status).toBe(200);
    expect((await fail()).status).toBe(401);
    expect((await getLoginAttempt(temp.db, emailLockKey(EMAIL)))?.failures).toBe(1);
  });

  it("forgets failures older than the window", async () => {
    const auth = authFor();
    for (let i = 0; i < lockout.maxFailures - 1; i++) {
      await auth.handler(post("/sign-in/email", { email: EMAIL, password: "wrong password" }));
    }
    clock = new Date(clock.getTime() + (lockout.failureWindowSeconds + 1) * 1000);
    await auth.handler(post("/sign-in/email", { email: EMAIL, password: "wrong password" }));
    expect((await getLoginAttempt(temp.db, emailLockKey(EMAIL)))?.failures).toBe(1);
    expect((await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }))).status).toBe(200);
  });

  it("counts unknown emails too, without creating anything else", async () => {
    const auth = authFor();
    const res = await auth.handler(post("/sign-in/email", { email: "nobody@example.com", password: "whatever pw" }));
    expect(res.status).toBe(401);
    expect((await getLoginAttempt(temp.db, emailLockKey("nobody@example.com")))?.failures).toBe(1);
  });

  it("does not count malformed requests", async () => {
    const auth = authFor();
    const res = await auth.handler(post("/sign-in/email", { email: "not-an-email", password: "whatever pw" }));
    expect(res.status).toBe(400);
    expect(await getLoginAttempt(temp.db, emailLockKey("not-an-email"))).toBeNull();
  });

  it("locks a client address across emails when the per-address limit is on", async () => {
    const auth = authFor(temp.db, { lockout: { ...lockout, maxFailuresPerIp: 2 } });
    const ip = "192.0.2.44";
    await auth.handler(post("/sign-in/email", { email: "a@example.com", password: "wrong password" }, ip));
    await auth.handler(post("/sign-in/email", { email: "b@example.com", password: "wrong password" }, ip));
    expect((await getLoginAttempt(temp.db, ipLockKey(ip)))?.lockedUntil).not.toBeNull();
    expect((await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }, ip))).status).toBe(429);
    expect((await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }, "192.0.2.45"))).status).toBe(200);
    expect(await getLoginAttempt(temp.db, ipLockKey(ip))).not.toBeNull();
  });
});

describe("better-auth settings", () => {
  it("refuses sign-up when sign-up is closed", async () => {
    const auth = authFor(temp.db, { allowSignup: false });
    const res = await auth.handler(post("/sign-up/email", { email: "new@example.com", password: PASSWORD, name: "new" }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "EMAIL_PASSWORD_SIGN_UP_DISABLED" });
  });

  it("refuses passwords under 10 characters at sign-up", async () => {
    const res = await authFor().handler(post("/sign-up/email", { email: "new@example.com", password: "123456789", name: "new" }));
    expect(res.status).toBe(400);
  });

  it("hashes with scrypt, never storing the password", async () => {
    const [row] = (await rawRows(temp.db, sql`select password from accounts`)) as Array<{ password: string }>;
    expect(row!.password).not.toContain(PASSWORD);
    expect(row!.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });

  it.each([
    ["http", "http://localhost:3999", false],
    ["https", "https://pendulum.example.org", true],
  ])("session cookie over %s: HttpOnly, SameSite=Lax, Secure only with an https base URL", async (_name, base, secure) => {
    const auth = authFor(temp.db, { baseURL: base });
    const res = await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }, "203.0.113.5", base));
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(/;\s*Secure/i.test(cookie!)).toBe(secure);
    expect(cookie!.startsWith("__Secure-")).toBe(secure);
  });

  it("applies the configured rate limit to sign-in requests", async () => {
    const auth = authFor(temp.db, { rateLimit: { enabled: true, max: 2, windowSeconds: 60 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }, "203.0.113.77"))).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("counts requests in the database: two app instances share one rate limit", async () => {
    const rateLimit = { enabled: true, max: 2, windowSeconds: 60 };
    const one = authFor(temp.db, { rateLimit });
    const two = authFor(temp.reopen(), { rateLimit });
    const signIn = (auth: typeof one) => auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }, "203.0.113.78"));
    const statuses = [(await signIn(one)).status, (await signIn(two)).status, (await signIn(one)).status, (await signIn(two)).status];
    expect(statuses).toEqual([200, 200, 429, 429]);
    const { rateLimits } = temp.db.tables;
    expect((await temp.db.select().from(rateLimits)).map((r) => ({ key: r.key, count: r.count }))).toEqual([
      { key: expect.stringContaining("203.0.113.78"), count: 2 },
    ]);
  });
});
