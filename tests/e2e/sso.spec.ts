import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startInstance, type Instance } from "../../scripts/lib/instances";
import { startOidcProvider, type TestOidcProvider } from "../helpers/oidc-provider";
import { completeWelcome, expect, screenshot, test } from "./fixtures";

// The production build as a company runs it: single sign-on as the only way in (PASSWORD_LOGIN=off),
// against a real OpenID provider started here. Its own server, so the suite's server keeps passwords.

test.describe("single sign-on with the company's provider", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  let dir: string;
  let idp: TestOidcProvider;
  let app: Instance;
  const email = "grace.hopper@example.com";

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pendulum-sso-"));
    const port = await freePort();
    idp = await startOidcProvider({ redirectUri: `http://localhost:${port}/api/auth/callback/oidc` });
    idp.addIdentity({ sub: "staff-0001", email, emailVerified: true, name: "Grace Hopper" });
    app = await startInstance({
      port,
      logFile: join(dir, "app.log"),
      env: {
        PENDULUM_DB: join(dir, "pendulum.db"),
        BETTER_AUTH_SECRET: "e2e-sso-secret-0123456789abcdefghijklmnopqrstuvwxyz",
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        OIDC_BUTTON_LABEL: "Sign in with Acme",
        PASSWORD_LOGIN: "off",
        AUTH_RATE_LIMIT: "off",
        NEXT_MANUAL_SIG_HANDLE: "true",
      },
    });
  });

  test.afterAll(async () => {
    await app?.stop();
    await idp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a new leader signs in at the company's provider and lands in onboarding; passwords are off", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.getByLabel("Password")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Create an account" })).toHaveCount(0);
    await screenshot(page, "sso-sign-in");

    await page.getByRole("link", { name: "Sign in with Acme" }).click();
    await expect(page.getByRole("heading", { name: "Company sign-in" })).toBeVisible();
    await page.getByLabel("Work e-mail").fill(email);
    await page.getByRole("button", { name: "Continue" }).click();

    await expect(page).toHaveURL(/\/welcome$/);
    // Signed in, sign-up sends the leader on; signed out, it points at single sign-on.
    await page.goto("/sign-up");
    await expect(page).not.toHaveURL(/\/sign-up$/);
    await context.clearCookies();
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { name: "Sign in with your company account" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in with Acme" })).toBeVisible();
    await context.close();
  });

  test("the same leader signs in again, onboards, and can delete the account without a password @phone", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Sign in with Acme" }).click();
    await page.getByLabel("Work e-mail").fill(email);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/(welcome|checkin)/);
    if (page.url().endsWith("/welcome")) await completeWelcome(page);

    await page.goto("/settings/account");
    await expect(page.getByText("You sign in with single sign-on")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Change password" })).toHaveCount(0);
    await screenshot(page, "sso-account-settings-phone");
    await page.getByLabel("Type DELETE to confirm").fill("delete");
    await page.getByRole("button", { name: "Delete my account and all its data" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=account-deleted/);
    await context.close();
  });

  test("a refused sign-in comes back to the sign-in page with a message", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto("/api/auth/callback/oidc?code=forged&state=forged");
    await expect(page).toHaveURL(/\/sign-in\?error=/);
    await expect(page.getByRole("alert").filter({ hasText: "Single sign-on did not complete" })).toBeVisible();
    await context.close();
  });

  test("health answers, logs are JSON without the e-mail, and SIGTERM stops it cleanly", async ({ request }) => {
    const health = await request.get(`${app.url}/api/health`);
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", database: "ok", migrations: "current" });

    await app.stop();
    expect(app.exit()).toEqual({ code: 0, signal: null });
    const log = readFileSync(app.logFile, "utf8");
    expect(log).not.toContain(email);
    expect(log).not.toContain("grace.hopper");
    const lines = log.split("\n").filter((l) => l.trim().startsWith("{"));
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.some((e) => e.msg === "request" && e.route === "/api/auth/callback/oidc" && e.status === 302)).toBe(true);
    expect(entries.map((e) => e.msg)).toEqual(expect.arrayContaining(["ready", "stopped"]));
    // Only Next.js's start-up banner (before the logger is installed) is not JSON.
    const other = log.split("\n").filter((l) => l.trim() && !l.trim().startsWith("{"));
    expect(other.length).toBeLessThan(8);
  });
});
