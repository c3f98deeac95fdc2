import { hashPassword, verifyPassword } from "better-auth/crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withClientAddress, withClientAddressRequest } from "@/app/_server/client-address";
import { createAuth, type CreateAuthOptions } from "@/app/_server/create-auth";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import type { LockoutConfig } from "@/lib/auth/lockout";
import { createTempDb, type TempDb } from "@/tests/helpers/temp-db";

const SECRET = "test-secret-that-is-at-least-32-characters-long";
const BASE_URL = "http://localhost:3999";
const lockout: LockoutConfig = { maxFailures: 50, maxFailuresPerIp: 0, lockSeconds: 60, maxLockSeconds: 3600, failureWindowSeconds: 900 };
const EMAIL = "sam@example.com";
const PASSWORD = "correct horse battery";
const PEER = "198.51.100.20";

let temp: TempDb;
let hashes: number;

function authFor(overrides: Partial<CreateAuthOptions> = {}) {
  return createAuth({
    db: temp.db,
    secret: SECRET,
    baseURL: BASE_URL,
    allowSignup: true,
    lockout,
    rateLimit: { enabled: true, max: 3, windowSeconds: 60 },
    password: {
      hash: (password) => {
        hashes++;
        return hashPassword(password);
      },
      verify: verifyPassword,
    },
    logger: { disabled: true },
    ...overrides,
  });
}

/** What `next start` hands the route: the client's own X-Forwarded-For with our server's peer hop appended. */
function fromClient(path: string, body: unknown, { forged, peer = PEER }: { forged?: string; peer?: string } = {}) {
  return withClientAddressRequest(
    new Request(`${BASE_URL}/api/auth${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: BASE_URL,
        "x-forwarded-for": forged ? `${forged}, ${peer}` : peer,
        [CLIENT_ADDRESS_HEADER]: forged ?? "192.0.2.1",
      },
      body: JSON.stringify(body),
    }),
  );
}

const actionHeaders = (peer = PEER, forged = "203.0.113.200") => withClientAddress(new Headers({ "x-forwarded-for": `${forged}, ${peer}` }));

beforeEach(async () => {
  temp = await createTempDb();
  hashes = 0;
  await authFor({ rateLimit: { enabled: false, max: 3, windowSeconds: 60 } }).api.signUpEmail({ body: { email: EMAIL, password: PASSWORD, name: "sam" } });
});
afterEach(() => temp.cleanup());

describe("the credential limit", () => {
  it("ignores a forged X-Forwarded-For and a client-sent address header: rotating them does not lift it", async () => {
    const auth = authFor();
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const res = await auth.handler(fromClient("/sign-in/email", { email: EMAIL, password: "wrong password" }, { forged: `203.0.113.${i}` }));
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await auth.handler(fromClient("/sign-in/email", { email: EMAIL, password: PASSWORD }, { peer: "198.51.100.21" }))).status).toBe(200);
  });

  it("is one budget for the HTTP endpoint and the server action's auth.api call", async () => {
    const auth = authFor();
    expect((await auth.handler(fromClient("/sign-in/email", { email: EMAIL, password: "wrong password" }))).status).toBe(401);
    const viaAction = () => auth.api.signInEmail({ body: { email: EMAIL, password: PASSWORD }, headers: actionHeaders() });
    await expect(viaAction()).resolves.toMatchObject({ user: { email: EMAIL } });
    await expect(viaAction()).resolves.toMatchObject({ user: { email: EMAIL } });
    await expect(viaAction()).rejects.toMatchObject({
      statusCode: 429,
      body: { code: "RATE_LIMITED", message: "Too many attempts from your network. Wait 60 seconds and try again." },
    });
    expect((await auth.handler(fromClient("/sign-in/email", { email: EMAIL, password: PASSWORD }))).status).toBe(429);
  });

  it("limits sign-up per real address on both ways in", async () => {
    const auth = authFor();
    const signUp = (i: number) =>
      auth.api.signUpEmail({ body: { email: `new${i}@example.com`, password: PASSWORD, name: "new" }, headers: actionHeaders(PEER, `203.0.113.${i}`) });
    await signUp(1);
    await signUp(2);
    expect((await auth.handler(fromClient("/sign-up/email", { email: "new3@example.com", password: PASSWORD, name: "n" }, { forged: "1.1.1.1" }))).status).toBe(200);
    await expect(signUp(4)).rejects.toMatchObject({ statusCode: 429 });
    const other = await auth.handler(fromClient("/sign-up/email", { email: "new5@example.com", password: PASSWORD, name: "n" }, { peer: "198.51.100.99" }));
    expect(other.status).toBe(200);
  });

  it("is off when the setting is off", async () => {
    const auth = authFor({ rateLimit: { enabled: false, max: 1, windowSeconds: 60 } });
    for (let i = 0; i < 3; i++) {
      expect((await auth.handler(fromClient("/sign-in/email", { email: EMAIL, password: PASSWORD }))).status).toBe(200);
    }
  });
});

describe("sign-up of an address that has an account", () => {
  it("does the same password hashing as a new sign-up before answering", async () => {
    const auth = authFor({ rateLimit: { enabled: false, max: 3, windowSeconds: 60 } });
    hashes = 0;
    const taken = await auth.handler(fromClient("/sign-up/email", { email: EMAIL, password: "another password", name: "x" }));
    expect(taken.status).toBe(422);
    expect(await taken.json()).toMatchObject({ code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" });
    expect(hashes).toBe(1);
    const fresh = await auth.handler(fromClient("/sign-up/email", { email: "kim@example.com", password: "another password", name: "x" }));
    expect(fresh.status).toBe(200);
    expect(hashes).toBe(2);
  });
});
