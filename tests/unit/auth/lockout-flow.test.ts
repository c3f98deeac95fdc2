import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuth, type CreateAuthOptions } from "@/app/_server/create-auth";
import { getLoginAttempt } from "@/db/queries/login-attempts";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
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

function post(path: string, body: unknown, ip = "203.0.113.5", base = BASE_URL, cookie?: string) {
  return new Request(`${base}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, [CLIENT_ADDRESS_HEADER]: ip, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

/** The known-device cookie a response set, as a Cookie header value. */
function deviceCookie(res: Response): string {
  const set = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.known_device="));
  if (!set) throw new Error("no known-device cookie was set");
  return set.split(";")[0]!;
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

describe("sign-in lockout under a burst of parallel attempts", () => {
  const BURST = 60;
  const burst = (password: (i: number) => string) =>
    Array.from({ length: BURST }, (_, i) => ({ email: EMAIL, password: password(i) }));

  it("checks at most N passwords of a 60-attempt burst, refuses the right one inside it, and keeps the lock", async () => {
    const auth = authFor();
    const bodies = burst((i) => (i === BURST - 1 ? PASSWORD : `wrong password ${i}`));
    const responses = await Promise.all(bodies.map((body, i) => auth.handler(post("/sign-in/email", body, `198.51.100.${i}`))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 429)).toHaveLength(lockout.maxFailures);
    expect(statuses.filter((s) => s === 401)).toHaveLength(lockout.maxFailures);
    expect(statuses.at(-1)).toBe(429);
    expect(await responses.at(-1)!.json()).toMatchObject({ code: "SIGN_IN_LOCKED" });

    expect(await getLoginAttempt(temp.db, emailLockKey(EMAIL))).toMatchObject({ failures: lockout.maxFailures, lockedUntil: new Date(clock.getTime() + 60_000) });
    expect((await auth.handler(post("/sign-in/email", { email: EMAIL, password: PASSWORD }))).status).toBe(429);
  });

  it("holds the same way for 50 parallel auth.api calls (the sign-in form's way in)", async () => {
    const auth = authFor();
    const outcomes = await Promise.allSettled(
      burst((i) => (i === 25 ? PASSWORD : `wrong password ${i}`))
        .slice(0, 50)
        .map((body) => auth.api.signInEmail({ body, headers: new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9" }) })),
    );
    const statuses = outcomes.map((o) => (o.status === "fulfilled" ? 200 : (o.reason as { statusCode: number }).statusCode));
    expect(statuses.filter((s) => s !== 429)).toHaveLength(lockout.maxFailures);
    expect(statuses[25]).toBe(429);
    await expect(auth.api.signInEmail({ body: { email: EMAIL, password: PASSWORD } })).rejects.toMatchObject({ statusCode: 429 });
  });

  it("lets the right password through when it is among the first N, counting only the attempts after it", async () => {
    const auth = authFor();
    // Started 15 ms apart: each claim (a few ms) lands in this order on any engine, while the
    // ~80 ms password checks still overlap. On PostgreSQL the pool's connections are opened first,
    // or the time to connect would reorder the claims.
    await Promise.all(Array.from({ length: 5 }, () => rawRows(temp.db, sql`select 1`)));
    const responses = await Promise.all(
      ["wrong password a", PASSWORD, "wrong password b", "wrong password c", "wrong password d"].map(async (password, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 15));
        return auth.handler(post("/sign-in/email", { email: EMAIL, password }));
      }),
    );
    expect(responses.map((r) => r.status)).toEqual([401, 200, 401, 429, 429]);
    expect(await getLoginAttempt(temp.db, emailLockKey(EMAIL))).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("counts a burst once per address too, and takes back the address claim of an attempt the e-mail lock refused", async () => {
    const auth = authFor(temp.db, { lockout: { ...lockout, maxFailuresPerIp: 5 } });
    const ip = "192.0.2.80";
    await Promise.all(Array.from({ length: 20 }, (_, i) => auth.handler(post("/sign-in/email", { email: EMAIL, password: `wrong ${i} pw` }, ip))));
    expect((await getLoginAttempt(temp.db, ipLockKey(ip)))?.failures).toBe(lockout.maxFailures);
    expect((await auth.handler(post("/sign-in/email", { email: "kim@example.com", password: "wrong password" }, ip))).status).toBe(401);
  });
});

describe("a browser that signed in before", () => {
  const signIn = (auth: ReturnType<typeof authFor>, password: string, cookie?: string, email = EMAIL) =>
    auth.handler(post("/sign-in/email", { email, password }, "203.0.113.5", BASE_URL, cookie));

  it("gets a signed, HttpOnly known-device cookie for a year at sign-in and sign-up", async () => {
    const auth = authFor();
    const res = await signIn(auth, PASSWORD);
    const set = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.known_device="))!;
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/Max-Age=31536000/);
    expect(set).not.toContain("sam");
    const signUp = await auth.handler(post("/sign-up/email", { email: "kim@example.com", password: PASSWORD, name: "kim" }));
    expect(() => deviceCookie(signUp)).not.toThrow();
  });

  it("is not locked out by a stranger's failures on its e-mail, and keeps its own cookie", async () => {
    const auth = authFor();
    const cookie = deviceCookie(await signIn(auth, PASSWORD));
    for (let i = 0; i < 10; i++) await signIn(auth, `stranger guess ${i}`);
    expect((await signIn(auth, PASSWORD)).status).toBe(429);
    const mine = await signIn(auth, PASSWORD, cookie);
    expect(mine.status).toBe(200);
    expect(deviceCookie(mine).split(".")[0]).toBe(cookie.split(".")[0]);
    expect((await getLoginAttempt(temp.db, emailLockKey(EMAIL)))?.lockedUntil).not.toBeNull();
  });

  it("counts its own failures on its own key, which locks it like an e-mail", async () => {
    const auth = authFor();
    const cookie = deviceCookie(await signIn(auth, PASSWORD));
    for (let i = 0; i < lockout.maxFailures; i++) expect((await signIn(auth, `typo ${i} pw`, cookie)).status).toBe(401);
    expect((await signIn(auth, PASSWORD, cookie)).status).toBe(429);
    expect(await getLoginAttempt(temp.db, emailLockKey(EMAIL))).toBeNull();
    expect((await signIn(auth, PASSWORD)).status).toBe(200);
  });

  it("helps only with the account it signed in to, and only when the signature holds", async () => {
    const auth = authFor();
    const cookie = deviceCookie(await signIn(auth, PASSWORD));
    await auth.api.signUpEmail({ body: { email: "kim@example.com", password: PASSWORD, name: "kim" } });
    for (let i = 0; i < lockout.maxFailures; i++) await signIn(auth, `guess ${i} pw`, undefined, "kim@example.com");
    expect((await signIn(auth, PASSWORD, cookie, "kim@example.com")).status).toBe(429);
    for (let i = 0; i < lockout.maxFailures; i++) await signIn(auth, `guess ${i} pw`);
    const [name, value] = cookie.split("=");
    const forged = `${name}=${value!.replace(/^[^.]+/, "AAAAAAAAAAAAAAAAAAAAAA")}`;
    expect((await signIn(auth, PASSWORD, forged)).status).toBe(429);
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
    const { requestCounts } = temp.db.tables;
    expect((await temp.db.select().from(requestCounts)).map((r) => ({ key: r.key, count: r.count }))).toEqual([
      { key: expect.stringContaining("203.0.113.78"), count: 4 },
    ]);
  });
});
