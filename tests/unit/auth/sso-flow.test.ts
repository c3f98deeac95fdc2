import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAuth } from "@/app/_server/create-auth";
import { hasPassword } from "@/db/queries/users";
import type { LockoutConfig } from "@/lib/auth/lockout";
import { loginMethodsFromEnv, SSO_CALLBACK_PATH, type SsoConfig } from "@/lib/auth/sso";
import { startOidcProvider, type TestOidcProvider } from "@/tests/helpers/oidc-provider";
import { createTempDb, rawRows, type TempDb } from "@/tests/helpers/temp-db";

// Sign-in with a real OpenID provider (oidc-provider) on localhost, through better-auth's handler,
// on a real, migrated database (SQLite here, PostgreSQL under npm run test:pg).

const BASE_URL = "http://localhost:3999";
const lockout: LockoutConfig = { maxFailures: 5, maxFailuresPerIp: 0, lockSeconds: 60, maxLockSeconds: 3600, failureWindowSeconds: 900 };
const PASSWORD = "correct horse battery";

let idp: TestOidcProvider;
let temp: TempDb;

beforeAll(async () => {
  idp = await startOidcProvider({ redirectUri: `${BASE_URL}${SSO_CALLBACK_PATH}` });
  idp.addIdentity({ sub: "u-ada", email: "ada@example.com", emailVerified: true, name: "Ada" });
  idp.addIdentity({ sub: "u-bob", email: "bob@example.com", emailVerified: false, name: "Bob" });
  idp.addIdentity({ sub: "u-cy", email: "cy@example.com", emailVerified: true, name: "Cy" });
});
afterAll(() => idp.close());
beforeEach(async () => {
  temp = await createTempDb();
  idp.setCodeTtlSeconds(60);
});
afterEach(() => temp.cleanup());

function ssoConfig(overrides: Record<string, string> = {}): SsoConfig {
  const { sso } = loginMethodsFromEnv({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, ...overrides });
  return sso!;
}

function makeAuth({ sso = ssoConfig(), passwordLogin = true }: { sso?: SsoConfig; passwordLogin?: boolean } = {}) {
  return createAuth({
    db: temp.db,
    secret: "test-secret-that-is-at-least-32-characters-long",
    baseURL: BASE_URL,
    allowSignup: true,
    passwordLogin,
    sso,
    lockout,
    rateLimit: { enabled: false, max: 3, windowSeconds: 10 },
    logger: { disabled: true },
  });
}
type Auth = ReturnType<typeof makeAuth>;

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]!).filter((c) => !c.endsWith("="));

function post(path: string, body: unknown, cookie?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", origin: BASE_URL };
  if (cookie) headers.cookie = cookie;
  return new Request(`${BASE_URL}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) });
}

/** What the sign-in page's button does: asks better-auth for the provider's authorization URL. */
async function startSignIn(auth: Auth) {
  const res = await auth.handler(post("/sign-in/social", { provider: "oidc", callbackURL: "/checkin", newUserCallbackURL: "/welcome", errorCallbackURL: "/sign-in" }));
  const body = (await res.json()) as { url?: string };
  return { status: res.status, url: body.url, cookie: cookiesOf(res).join("; ") };
}

/** The browser arriving back from the provider at our callback. */
async function callback(auth: Auth, url: URL | string, cookie: string) {
  const res = await auth.handler(new Request(url, { headers: { cookie } }));
  const location = new URL(res.headers.get("location") ?? "/", BASE_URL);
  const session = cookiesOf(res).find((c) => c.startsWith("better-auth.session_token="));
  return { status: res.status, path: location.pathname, error: location.searchParams.get("error"), session };
}

async function signInWithSso(auth: Auth, email: string) {
  const start = await startSignIn(auth);
  expect(start.status).toBe(200);
  return callback(auth, await idp.authorize(start.url!, email), start.cookie);
}

async function sessionEmail(auth: Auth, cookie: string | undefined): Promise<string | null> {
  if (!cookie) return null;
  const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
  return session?.user.email ?? null;
}

const count = async (query: ReturnType<typeof sql>) => Number((await rawRows(temp.db, query))[0]!.n);

async function signUpWithPassword(auth: Auth, email: string) {
  const res = await auth.handler(post("/sign-up/email", { email, password: PASSWORD, name: email.split("@")[0] }));
  expect(res.status).toBe(200);
  return cookiesOf(res).find((c) => c.startsWith("better-auth.session_token="))!;
}

async function passwordSignIn(auth: Auth, email: string) {
  return (await auth.handler(post("/sign-in/email", { email, password: PASSWORD }))).status;
}

describe("single sign-on against a real OpenID provider", () => {
  it("asks the provider with PKCE (S256), a state and a nonce, for openid, email and profile", async () => {
    const start = await startSignIn(makeAuth());
    const url = new URL(start.url!);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get("state")?.length).toBeGreaterThan(20);
    expect(url.searchParams.get("nonce")?.length).toBeGreaterThan(20);
    expect(url.searchParams.get("scope")?.split(" ").sort()).toEqual(["email", "openid", "profile"]);
    expect(url.searchParams.get("redirect_uri")).toBe(`${BASE_URL}${SSO_CALLBACK_PATH}`);
  });

  it("creates the account on the first sign-in (to onboarding), and signs the same person in again later", async () => {
    const auth = makeAuth();
    const first = await signInWithSso(auth, "ada@example.com");
    expect(first).toMatchObject({ status: 302, path: "/welcome", error: null });
    expect(await sessionEmail(auth, first.session)).toBe("ada@example.com");
    expect(await count(sql`select count(*) as n from users`)).toBe(1);
    expect(await count(sql`select count(*) as n from accounts where provider_id = 'oidc' and account_id = 'u-ada'`)).toBe(1);

    const again = await signInWithSso(auth, "ada@example.com");
    expect(again).toMatchObject({ status: 302, path: "/checkin", error: null });
    expect(await sessionEmail(auth, again.session)).toBe("ada@example.com");
    expect(await count(sql`select count(*) as n from users`)).toBe(1);
  });

  it("joins an existing password account when the provider vouches for the e-mail, and retires that password and its sessions", async () => {
    const auth = makeAuth();
    const oldSession = await signUpWithPassword(auth, "ada@example.com");
    const result = await signInWithSso(auth, "ada@example.com");
    expect(result).toMatchObject({ status: 302, path: "/checkin", error: null });
    expect(await sessionEmail(auth, result.session)).toBe("ada@example.com");
    expect(await count(sql`select count(*) as n from users`)).toBe(1);
    // Whoever set that password before the e-mail was proved (maybe not its owner) is out.
    expect(await sessionEmail(auth, oldSession)).toBeNull();
    expect(await passwordSignIn(auth, "ada@example.com")).toBe(401);
  });

  it("never joins an existing account on an e-mail the provider did not verify", async () => {
    const auth = makeAuth();
    const oldSession = await signUpWithPassword(auth, "bob@example.com");
    const result = await signInWithSso(auth, "bob@example.com");
    expect(result).toMatchObject({ status: 302, path: "/sign-in", error: "account_not_linked", session: undefined });
    expect(await count(sql`select count(*) as n from accounts where provider_id = 'oidc'`)).toBe(0);
    expect(await sessionEmail(auth, oldSession)).toBe("bob@example.com");
    expect(await passwordSignIn(auth, "bob@example.com")).toBe(200);
  });

  it("with OIDC_AUTO_SIGNUP=off signs in existing accounts only", async () => {
    const auth = makeAuth({ sso: ssoConfig({ OIDC_AUTO_SIGNUP: "off" }) });
    const stranger = await signInWithSso(auth, "cy@example.com");
    expect(stranger).toMatchObject({ path: "/sign-in", error: "signup_disabled", session: undefined });
    expect(await count(sql`select count(*) as n from users`)).toBe(0);

    await signUpWithPassword(auth, "ada@example.com");
    const member = await signInWithSso(auth, "ada@example.com");
    expect(member).toMatchObject({ path: "/checkin", error: null });
    expect(await sessionEmail(auth, member.session)).toBe("ada@example.com");
  });

  it("refuses a callback whose state is not the one this browser was given", async () => {
    const auth = makeAuth();
    const start = await startSignIn(auth);
    const back = await idp.authorize(start.url!, "ada@example.com");
    back.searchParams.set("state", "forged-state-value");
    const result = await callback(auth, back, start.cookie);
    expect(result.session).toBeUndefined();
    expect(result.path).toBe("/sign-in");
    expect(result.error).toBeTruthy();
    // Another browser (without this one's state cookie) cannot finish it either.
    const other = await callback(auth, await idp.authorize((await startSignIn(auth)).url!, "ada@example.com"), "");
    expect(other.session).toBeUndefined();
    expect(await count(sql`select count(*) as n from users`)).toBe(0);
  });

  it("refuses a callback that names another issuer (RFC 9207 iss)", async () => {
    const auth = makeAuth();
    const start = await startSignIn(auth);
    const back = await idp.authorize(start.url!, "ada@example.com");
    expect(back.searchParams.get("iss")).toBe(idp.issuer);
    back.searchParams.set("iss", "https://evil.example");
    const result = await callback(auth, back, start.cookie);
    expect(result).toMatchObject({ path: "/sign-in", error: "issuer_mismatch", session: undefined });
    expect(await count(sql`select count(*) as n from users`)).toBe(0);
  });

  it("refuses a provider whose discovery document names another issuer than OIDC_ISSUER", async () => {
    // The same provider reached as localhost: its document says 127.0.0.1, so it is not the configured issuer.
    const auth = makeAuth({ sso: ssoConfig({ OIDC_ISSUER: idp.issuer.replace("127.0.0.1", "localhost") }) });
    const start = await startSignIn(auth);
    expect(start.status).toBeGreaterThanOrEqual(400);
    expect(start.url).toBeUndefined();
  });

  it("refuses an expired authorization code, and a code used twice", async () => {
    const auth = makeAuth();
    idp.setCodeTtlSeconds(1);
    const start = await startSignIn(auth);
    const back = await idp.authorize(start.url!, "ada@example.com");
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await callback(auth, back, start.cookie);
    expect(expired).toMatchObject({ path: "/sign-in", error: "invalid_code", session: undefined });

    idp.setCodeTtlSeconds(60);
    const fresh = await startSignIn(auth);
    const url = await idp.authorize(fresh.url!, "ada@example.com");
    expect((await callback(auth, url, fresh.cookie)).session).toBeDefined();
    const replay = await callback(auth, url, fresh.cookie);
    expect(replay.session).toBeUndefined();
  });

  it("an account made by single sign-on has no password, and deletes itself from a fresh session", async () => {
    const auth = makeAuth();
    const { session } = await signInWithSso(auth, "ada@example.com");
    const [user] = await rawRows(temp.db, sql`select id from users`);
    expect(await hasPassword(temp.db, String(user!.id))).toBe(false);
    const res = await auth.handler(post("/delete-user", {}, session));
    expect(res.status).toBe(200);
    expect(await count(sql`select count(*) as n from users`)).toBe(0);
    expect(await count(sql`select count(*) as n from accounts`)).toBe(0);
    await signUpWithPassword(auth, "cy@example.com");
    const [other] = await rawRows(temp.db, sql`select id from users`);
    expect(await hasPassword(temp.db, String(other!.id))).toBe(true);
  });

  it("with PASSWORD_LOGIN=off leaves single sign-on as the only way in", async () => {
    const auth = makeAuth({ passwordLogin: false });
    const signUp = await auth.handler(post("/sign-up/email", { email: "eve@example.com", password: PASSWORD, name: "eve" }));
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(await passwordSignIn(auth, "eve@example.com")).toBeGreaterThanOrEqual(400);
    expect(await count(sql`select count(*) as n from users`)).toBe(0);
    const sso = await signInWithSso(auth, "ada@example.com");
    expect(await sessionEmail(auth, sso.session)).toBe("ada@example.com");
  });
});
